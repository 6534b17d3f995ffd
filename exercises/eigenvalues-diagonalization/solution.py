"""Power iteration and matrix powers: a reference solution."""
import numpy as np


def power_iteration(A, iters=1000, tol=1e-10):
    A = np.asarray(A, dtype=float)
    v = np.random.default_rng(0).normal(size=A.shape[0])
    v /= np.linalg.norm(v)
    eigenvalue = v @ A @ v
    for _ in range(iters):
        w = A @ v
        v = w / np.linalg.norm(w)
        eigenvalue = v @ A @ v
        if np.linalg.norm(A @ v - eigenvalue * v) < tol:
            break
    return float(eigenvalue), v


def matrix_power(A, k):
    eigenvalues, P = np.linalg.eig(np.asarray(A, dtype=float))
    result = P @ np.diag(eigenvalues**k) @ np.linalg.inv(P)
    return np.real(result)

"""Power iteration and matrix powers: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def power_iteration(A, iters=1000, tol=1e-10):
    """Return (eigenvalue, unit eigenvector) for the eigenvalue of A with the largest magnitude."""
    raise NotImplementedError("power_iteration: v <- Av / |Av| repeatedly; eigenvalue = v @ A @ v")


def matrix_power(A, k):
    """Return A**k (the matrix power) computed as P D**k P^-1."""
    raise NotImplementedError("matrix_power: np.linalg.eig, then P @ diag(eigenvalues**k) @ inverse of P")

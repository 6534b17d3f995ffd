"""Low-rank approximation with the SVD: a reference solution."""
import numpy as np


def low_rank_approximation(A, k):
    U, s, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k, :]


def smallest_rank(A, tol):
    s = np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False)
    squares = s**2
    total = squares.sum()
    for k in range(len(s) + 1):
        if squares[k:].sum() <= tol**2 * total:
            return k
    return len(s)

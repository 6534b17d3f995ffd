"""Determinant and linear solve by Gaussian elimination: a reference solution."""
import numpy as np

TINY = 1e-12


def _eliminate(A, b):
    """Reduce copies of A and b to upper-triangular form. Returns (U, c, swaps), or None if singular."""
    U = np.array(A, dtype=float)
    c = np.array(b, dtype=float)
    n = U.shape[0]
    swaps = 0
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) < TINY:
            return None
        if p != j:
            U[[j, p]] = U[[p, j]]
            c[[j, p]] = c[[p, j]]
            swaps += 1
        for i in range(j + 1, n):
            factor = U[i, j] / U[j, j]
            U[i, j:] -= factor * U[j, j:]
            c[i] -= factor * c[j]
    return U, c, swaps


def determinant(A):
    reduced = _eliminate(A, np.zeros(len(A)))
    if reduced is None:
        return 0.0
    U, _, swaps = reduced
    return float((-1) ** swaps * np.prod(np.diag(U)))


def solve(A, b):
    reduced = _eliminate(A, b)
    if reduced is None:
        raise ValueError("matrix is singular: some column has no non-zero pivot")
    U, c, _ = reduced
    n = len(c)
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x

"""Low-rank approximation with the SVD: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A (same shape as A) from its truncated SVD."""
    raise NotImplementedError("low_rank_approximation: keep the first k columns of U, k singular values, k rows of Vt")


def smallest_rank(A, tol):
    """Return the smallest k such that the Frobenius error of the rank-k approximation is at most tol * ||A||_F."""
    raise NotImplementedError("smallest_rank: compare the sum of the dropped squared singular values with tol² times the total")

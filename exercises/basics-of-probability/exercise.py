"""Conditional probability and independence: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def conditional_x_given_y(joint):
    """Return the table P(X = i | Y = j) for a joint table joint[i, j] = P(X = i, Y = j)."""
    raise NotImplementedError("conditional_x_given_y: divide each column by P(Y = j), the column's sum")


def independent(joint, tol=1e-9):
    """Return True if the joint table equals the outer product of its marginals (within tol)."""
    raise NotImplementedError("independent: compare joint with np.outer(P(X), P(Y))")

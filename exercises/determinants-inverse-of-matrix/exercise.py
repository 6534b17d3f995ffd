"""Determinant and linear solve by Gaussian elimination: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def determinant(A):
    """Return det(A) by Gaussian elimination with partial pivoting (0.0 if A is singular)."""
    raise NotImplementedError("determinant: eliminate below each pivot; multiply the pivots; flip the sign on each swap")


def solve(A, b):
    """Return x with A @ x == b, by elimination with partial pivoting and back substitution; ValueError if singular."""
    raise NotImplementedError("solve: eliminate on [A | b], then back-substitute from the last row up")

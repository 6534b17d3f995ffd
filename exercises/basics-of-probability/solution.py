"""Conditional probability and independence: a reference solution."""
import numpy as np


def conditional_x_given_y(joint):
    joint = np.asarray(joint, dtype=float)
    p_y = joint.sum(axis=0)  # sum rule: add up over the values of X
    return joint / p_y


def independent(joint, tol=1e-9):
    joint = np.asarray(joint, dtype=float)
    p_x = joint.sum(axis=1)
    p_y = joint.sum(axis=0)
    return bool(np.allclose(joint, np.outer(p_x, p_y), rtol=0, atol=tol))

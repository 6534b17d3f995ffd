"""Numerical derivatives: a reference solution."""
import numpy as np


def derivative(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


def partial(f, point, i, h=1e-5):
    step = np.zeros(len(point))
    step[i] = h
    base = np.asarray(point, dtype=float)
    return (f(base + step) - f(base - step)) / (2 * h)

"""Numerical Jacobian and Hessian: a reference solution."""
import numpy as np


def jacobian(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    columns = []
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h
        columns.append((np.asarray(f(x + step)) - np.asarray(f(x - step))) / (2 * h))
    return np.stack(columns, axis=1)


def hessian(f, x, h=1e-4):
    x = np.asarray(x, dtype=float)
    n = x.size
    H = np.empty((n, n))
    eye = np.eye(n) * h
    for i in range(n):
        for j in range(n):
            a, b = eye[i], eye[j]
            H[i, j] = (f(x + a + b) - f(x + a - b) - f(x - a + b) + f(x - a - b)) / (4 * h * h)
    return H

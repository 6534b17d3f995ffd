"""Linear regression: a reference solution."""
import numpy as np


def fit_normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.linalg.solve(A.T @ A, A.T @ np.asarray(y, dtype=float))
    return theta[:-1], float(theta[-1])


def mse_gradient(X, y, w, b):
    X = np.asarray(X, dtype=float)
    r = X @ w + b - np.asarray(y, dtype=float)
    n = len(r)
    return 2.0 / n * (X.T @ r), float(2.0 * r.mean())

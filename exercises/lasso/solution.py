"""Lasso by coordinate descent: a reference solution."""
import numpy as np


def soft_threshold(z, t):
    z = np.asarray(z, dtype=float)
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def lasso_cd(X, y, alpha, n_iter=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()  # residual y - X @ w
    col_sq = (X**2).sum(axis=0) / n
    for _ in range(n_iter):
        for j in range(d):
            if col_sq[j] == 0:
                continue
            rho = X[:, j] @ r / n + col_sq[j] * w[j]
            new = float(soft_threshold(rho, alpha)) / col_sq[j]
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w

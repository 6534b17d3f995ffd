"""Elastic net by coordinate descent: a reference solution."""
import numpy as np


def elastic_net_objective(X, y, w, alpha, l1_ratio):
    r = np.asarray(y, dtype=float) - np.asarray(X, dtype=float) @ w
    return float(r @ r / (2 * len(r)) + alpha * l1_ratio * np.abs(w).sum() + 0.5 * alpha * (1 - l1_ratio) * (w @ w))


def elastic_net_cd(X, y, alpha, l1_ratio, n_iter=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()
    z = (X**2).sum(axis=0) / n
    l1, l2 = alpha * l1_ratio, alpha * (1 - l1_ratio)
    for _ in range(n_iter):
        for j in range(d):
            rho = X[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - l1, 0.0) / (z[j] + l2)
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w

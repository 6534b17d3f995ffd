"""Logistic regression by gradient descent: a reference solution."""
import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def fit_logistic(X, y, lr=0.1, n_iter=1000, l2=0.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iter):
        p = sigmoid(X @ w + b)
        error = p - y
        grad_w = X.T @ error / n + l2 * w
        grad_b = error.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, b

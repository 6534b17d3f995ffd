"""Linear SVM by subgradient descent: a reference solution."""
import numpy as np


def svm_objective(w, b, X, y, C):
    margins = y * (X @ w + b)
    return 0.5 * float(w @ w) + C * float(np.maximum(0.0, 1.0 - margins).sum())


def svm_subgradient_step(w, b, X, y, C, lr):
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    active = y * (X @ w + b) < 1.0
    grad_w = w - C * (y[active, None] * X[active]).sum(axis=0)
    grad_b = -C * y[active].sum()
    return w - lr * grad_w, b - lr * grad_b

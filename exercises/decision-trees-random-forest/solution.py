"""Decision-tree split by Gini impurity: a reference solution."""
import numpy as np


def gini(y):
    y = np.asarray(y)
    if len(y) == 0:
        return 0.0
    _, counts = np.unique(y, return_counts=True)
    p = counts / len(y)
    return float(1.0 - np.sum(p**2))


def best_split(X, y, features=None):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    best = None
    for j in range(d) if features is None else features:
        values = np.unique(X[:, j])
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= threshold
            score = (left.sum() * gini(y[left]) + (~left).sum() * gini(y[~left])) / n
            if best is None or score < best[2] - 1e-12:
                best = (int(j), float(threshold), float(score))
    return best

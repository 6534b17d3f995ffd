"""K-fold cross-validation: a reference solution."""
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=None):
    if not 2 <= k <= n:
        raise ValueError(f"k must be between 2 and n = {n}, got {k}")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    folds, start = [], 0
    for size in sizes:
        val = np.sort(order[start:start + size])
        train = np.sort(np.concatenate([order[:start], order[start + size:]]))
        folds.append((train, val))
        start += size
    return folds


def cross_val_score(X, y, k, fit, score, shuffle=False, seed=None):
    X, y = np.asarray(X), np.asarray(y)
    scores = []
    for train, val in kfold_indices(len(y), k, shuffle, seed):
        model = fit(X[train], y[train])
        scores.append(score(model, X[val], y[val]))
    return np.array(scores, dtype=float)

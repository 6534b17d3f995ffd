"""K-fold cross-validation: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def kfold_indices(n, k, shuffle=False, seed=None):
    """Return k pairs (train_idx, val_idx); the first n % k folds have one extra example."""
    raise NotImplementedError("kfold_indices: fold sizes n // k (+1 for the first n % k); consecutive blocks of order; sort both parts")


def cross_val_score(X, y, k, fit, score, shuffle=False, seed=None):
    """Fit on each fold's training rows, score on its validation rows; return the k scores."""
    raise NotImplementedError("cross_val_score: for each (train, val) from kfold_indices, fit on train, score on val")

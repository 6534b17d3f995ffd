"""Decision-tree split by Gini impurity: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def gini(y):
    """Return the Gini impurity 1 - sum_k p_k^2 of the labels y (0.0 for an empty array)."""
    raise NotImplementedError("gini: count each class (np.unique with return_counts=True), turn counts into shares")


def best_split(X, y, features=None):
    """Return (feature, threshold, weighted_gini) of the best split 'X[:, feature] <= threshold', or None."""
    raise NotImplementedError("best_split: for each feature, try the midpoints between distinct values; keep the lowest weighted impurity")

"""K-nearest neighbours: a reference solution."""
import numpy as np


def pairwise_distances(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    diff = A[:, None, :] - B[None, :, :]
    return np.sqrt((diff**2).sum(axis=2))


def knn_predict(X_train, y_train, X_query, k):
    y_train = np.asarray(y_train)
    if not 1 <= k <= len(y_train):
        raise ValueError(f"k must be between 1 and {len(y_train)}, got {k}")
    D = pairwise_distances(X_query, X_train)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    votes = y_train[nearest]
    # bincount per row; argmax returns the first (smallest) label among ties
    return np.array([np.argmax(np.bincount(row)) for row in votes])

"""Fuzzy c-means: a reference solution."""
import numpy as np


def fcm_memberships(X, centroids, m=2.0):
    X = np.asarray(X, dtype=float)
    C = np.asarray(centroids, dtype=float)
    d = np.sqrt(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2))
    U = np.zeros_like(d)
    at_centroid = d == 0
    on = at_centroid.any(axis=1)
    # Points sitting on one or more centroids belong to those, shared equally.
    U[on] = at_centroid[on] / at_centroid[on].sum(axis=1, keepdims=True)
    inv = d[~on] ** (-2.0 / (m - 1.0))
    U[~on] = inv / inv.sum(axis=1, keepdims=True)
    return U


def fcm_centroids(X, U, m=2.0):
    X = np.asarray(X, dtype=float)
    W = np.asarray(U, dtype=float) ** m
    return (W.T @ X) / W.sum(axis=0)[:, None]

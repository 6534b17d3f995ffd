"""Fuzzy c-means: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def fcm_memberships(X, centroids, m=2.0):
    """Return U (n, k): u_ij proportional to d_ij ** (-2 / (m - 1)), rows summing to 1; 1 for a point on a centroid."""
    raise NotImplementedError("fcm_memberships: distances to every centroid, d ** (-2/(m-1)), normalise each row; handle d == 0")


def fcm_centroids(X, U, m=2.0):
    """Return the centroids (k, d): the averages of X weighted by U ** m."""
    raise NotImplementedError("fcm_centroids: weights W = U ** m; (W.T @ X) / column sums of W")

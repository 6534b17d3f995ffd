"""PCA from the covariance matrix: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def pca(X, k):
    """Return (components (k, d), explained-variance ratio (k,), scores (n, k)) of the centred X."""
    raise NotImplementedError("pca: centre X, eigh of the covariance, sort descending, fix signs, project")


def pca_reconstruct(X, k):
    """Return the rank-k PCA approximation of X: mean + scores @ components."""
    raise NotImplementedError("pca_reconstruct: call pca(X, k) and map the scores back, adding the mean")

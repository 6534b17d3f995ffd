"""Agglomerative clustering: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def cluster_distance(X, a, b, linkage="single"):
    """Distance between clusters a and b (lists of row indices of X): min, max or mean of the pairwise distances."""
    raise NotImplementedError("cluster_distance: all distances between X[a] and X[b], then min / max / mean")


def agglomerate(X, n_clusters, linkage="single"):
    """Merge the closest clusters until n_clusters remain; return (labels, merge heights)."""
    raise NotImplementedError("agglomerate: start from singletons; merge the closest pair; record the distance; number the clusters")

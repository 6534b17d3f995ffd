"""Agglomerative clustering: a reference solution."""
import numpy as np


def cluster_distance(X, a, b, linkage="single"):
    X = np.asarray(X, dtype=float)
    D = np.sqrt(((X[a][:, None, :] - X[b][None, :, :]) ** 2).sum(axis=2))
    if linkage == "single":
        return float(D.min())
    if linkage == "complete":
        return float(D.max())
    if linkage == "average":
        return float(D.mean())
    raise ValueError(f"unknown linkage {linkage!r}")


def agglomerate(X, n_clusters, linkage="single"):
    X = np.asarray(X, dtype=float)
    clusters = [[i] for i in range(len(X))]
    heights = []
    while len(clusters) > n_clusters:
        best = None
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                dist = cluster_distance(X, clusters[i], clusters[j], linkage)
                if best is None or dist < best[0]:
                    best = (dist, i, j)
        dist, i, j = best
        clusters[i] = clusters[i] + clusters[j]
        del clusters[j]
        heights.append(dist)
    labels = np.empty(len(X), dtype=int)
    for label, members in enumerate(sorted(clusters, key=min)):
        labels[members] = label
    return labels, heights

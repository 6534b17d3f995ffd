"""PCA by eigen-decomposition of the covariance: a reference solution."""
import numpy as np


def pca(X, k):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    cov = Xc.T @ Xc / (len(X) - 1)
    values, vectors = np.linalg.eigh(cov)  # ascending
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    ratio = values[:k] / values.sum()
    return components, ratio, Xc @ components.T


def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    components, _, scores = pca(X, k)
    return X.mean(axis=0) + scores @ components

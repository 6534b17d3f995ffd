"""A transformer and a dataset: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


class Standardizer:
    """Learns per-column mean and standard deviation with fit, applies them with transform."""

    def fit(self, X):
        raise NotImplementedError("Standardizer.fit: store mean_ and scale_ on self, return self")

    def transform(self, X):
        raise NotImplementedError("Standardizer.transform: use the learned statistics; RuntimeError if not fitted")

    def fit_transform(self, X):
        raise NotImplementedError("Standardizer.fit_transform: fit, then transform")


class ArrayDataset:
    """A map-style dataset of (features, label) pairs."""

    def __init__(self, X, y):
        raise NotImplementedError("ArrayDataset.__init__: keep X and y; ValueError if their lengths differ")

    def __len__(self):
        raise NotImplementedError("ArrayDataset.__len__: the number of examples")

    def __getitem__(self, index):
        raise NotImplementedError("ArrayDataset.__getitem__: the pair (X[index], y[index])")

"""Polynomial regression: see README.md. Replace each `raise NotImplementedError`."""
from itertools import combinations_with_replacement

import numpy as np


def polynomial_features(X, degree):
    """Return [1, all monomials of degree 1, ..., all monomials of the given degree] as columns, for X of shape (n, d)."""
    raise NotImplementedError("polynomial_features: for k = 1..degree, one column per combinations_with_replacement(range(d), k)")


def best_degree(x_train, y_train, x_val, y_val, degrees):
    """Fit each degree on the training data; return (degree with the lowest validation MSE, list of validation MSEs)."""
    raise NotImplementedError("best_degree: lstsq on the training features, MSE on the validation features, keep the lowest")

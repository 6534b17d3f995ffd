"""Leave-one-out cross-validation: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def loocv_predictions(X, y, fit, predict):
    """Return the n held-out predictions: for each i, fit without example i and predict example i."""
    raise NotImplementedError("loocv_predictions: for each i, a mask without i; fit on the rest; predict X[i:i+1]")


def loocv_mse_linear(X, y):
    """Return the LOOCV mean squared error of least squares with an intercept, from the hat matrix."""
    raise NotImplementedError("loocv_mse_linear: A = [X | 1]; H = A (A^T A)^-1 A^T; mean of (residual / (1 - h_ii))^2")

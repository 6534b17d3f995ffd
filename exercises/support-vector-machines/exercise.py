"""Linear SVM by subgradient descent: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def svm_objective(w, b, X, y, C):
    """Return 0.5 * ||w||^2 + C * sum(max(0, 1 - y * (X @ w + b))) for labels y in {-1, +1}."""
    raise NotImplementedError("svm_objective: compute the margins y * (X @ w + b), then the hinge terms")


def svm_subgradient_step(w, b, X, y, C, lr):
    """Return (w, b) after one subgradient step on the SVM objective; points with margin < 1 are active."""
    raise NotImplementedError("svm_subgradient_step: find the points with margin < 1, build g_w and g_b, step against them")

"""Precision: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def precision(y_true, y_pred, positive=1, zero_division=0.0):
    """Return TP / (TP + FP) for the given positive label, or zero_division when nothing is predicted positive."""
    raise NotImplementedError("precision: among the predictions equal to positive, the share whose true label is positive")


def precision_at_threshold(y_true, scores, threshold, positive=1, zero_division=0.0):
    """Return the precision of predicting positive where score >= threshold."""
    raise NotImplementedError("precision_at_threshold: predicted positive = scores >= threshold; then the same ratio")

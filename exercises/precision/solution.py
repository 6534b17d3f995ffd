"""Precision: a reference solution."""
import numpy as np


def precision(y_true, y_pred, positive=1, zero_division=0.0):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    predicted = y_pred == positive
    n_predicted = int(predicted.sum())
    if n_predicted == 0:
        return float(zero_division)
    return float(np.sum(predicted & (y_true == positive)) / n_predicted)


def precision_at_threshold(y_true, scores, threshold, positive=1, zero_division=0.0):
    y_true = np.asarray(y_true)
    predicted = np.asarray(scores) >= threshold
    if not predicted.any():
        return float(zero_division)
    return float(np.mean(y_true[predicted] == positive))

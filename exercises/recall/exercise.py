"""Recall: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def recall(y_true, y_pred, positive=1):
    """Return TP / (TP + FN); ValueError if y_true has no positives."""
    raise NotImplementedError("recall: among the actual positives, the share predicted positive")


def threshold_for_recall(y_true, scores, target, positive=1):
    """Return the largest threshold t with recall(scores >= t) >= target."""
    raise NotImplementedError("threshold_for_recall: sort the positives' scores from high to low; how many must be caught?")

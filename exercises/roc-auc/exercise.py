"""ROC curve and AUC by ranking: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def roc_curve_points(y_true, scores):
    """Return (fpr, tpr): (0, 0), then one point per distinct score from high to low (predict positive if score >= t)."""
    raise NotImplementedError("roc_curve_points: for each distinct score t, high to low, the rates of scores >= t among negatives and positives")


def roc_auc(y_true, scores):
    """Return the ROC-AUC from average ranks: (rank sum of positives - P(P+1)/2) / (P N)."""
    raise NotImplementedError("roc_auc: rank the scores (ties get their average rank), then the Mann-Whitney formula")

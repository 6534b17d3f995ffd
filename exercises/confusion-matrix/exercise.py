"""Confusion matrix: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def confusion_matrix(y_true, y_pred, labels=None):
    """Return the (K, K) matrix of counts: rows are actual labels, columns predicted labels, in the order of labels."""
    raise NotImplementedError("confusion_matrix: map each label to its index; add 1 at [actual, predicted] for every example")


def precision_recall_from_matrix(cm):
    """Return (precision, recall) per class: the diagonal over the column sums and over the row sums (0 where a sum is 0)."""
    raise NotImplementedError("precision_recall_from_matrix: diagonal / column sums, diagonal / row sums")

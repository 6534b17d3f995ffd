"""Confusion matrix: a reference solution."""
import numpy as np


def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = list(y_true), list(y_pred)
    if labels is None:
        labels = sorted(set(y_true) | set(y_pred))
    index = {label: i for i, label in enumerate(labels)}
    cm = np.zeros((len(labels), len(labels)), dtype=int)
    for t, p in zip(y_true, y_pred):
        if t in index and p in index:
            cm[index[t], index[p]] += 1
    return cm


def precision_recall_from_matrix(cm):
    cm = np.asarray(cm, dtype=float)
    diagonal = np.diag(cm)
    predicted, actual = cm.sum(axis=0), cm.sum(axis=1)
    precision = np.divide(diagonal, predicted, out=np.zeros_like(diagonal), where=predicted > 0)
    recall = np.divide(diagonal, actual, out=np.zeros_like(diagonal), where=actual > 0)
    return precision, recall

"""Accuracy and the majority-class baseline: a reference solution."""
import numpy as np


def accuracy(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if len(y_true) != len(y_pred):
        raise ValueError(f"y_true has {len(y_true)} labels but y_pred has {len(y_pred)}")
    if len(y_true) == 0:
        raise ValueError("accuracy of no predictions is undefined")
    return float(np.mean(y_true == y_pred))


def majority_baseline_accuracy(y_train, y_test):
    labels, counts = np.unique(np.asarray(y_train), return_counts=True)
    majority = labels[np.argmax(counts)]
    return accuracy(y_test, [majority] * len(y_test))

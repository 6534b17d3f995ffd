"""Accuracy and the majority-class baseline: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def accuracy(y_true, y_pred):
    """Return the fraction of positions where y_true and y_pred agree; ValueError on a length mismatch or empty input."""
    raise NotImplementedError("accuracy: compare the two arrays elementwise and take the mean")


def majority_baseline_accuracy(y_train, y_test):
    """Return the accuracy on y_test of always predicting the most frequent label of y_train."""
    raise NotImplementedError("majority_baseline_accuracy: most common training label (np.unique with counts), then accuracy on y_test")

"""Min-max and robust scaling: a reference solution."""
import numpy as np


def min_max_scale(train, test, feature_range=(0.0, 1.0)):
    train = np.asarray(train, dtype=float)
    test = np.asarray(test, dtype=float)
    lo, hi = feature_range
    low, high = train.min(axis=0), train.max(axis=0)
    span = np.where(high > low, high - low, 1.0)
    scale = lambda X: lo + (X - low) * (hi - lo) / span
    return scale(train), scale(test)


def robust_scale(train, test):
    train = np.asarray(train, dtype=float)
    test = np.asarray(test, dtype=float)
    median = np.median(train, axis=0)
    q1, q3 = np.percentile(train, [25, 75], axis=0)
    iqr = np.where(q3 > q1, q3 - q1, 1.0)
    return (train - median) / iqr, (test - median) / iqr

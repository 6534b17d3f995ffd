"""Min-max and robust scaling: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def min_max_scale(train, test, feature_range=(0.0, 1.0)):
    """Return (train_scaled, test_scaled) mapped with the per-column min and max of train onto feature_range."""
    raise NotImplementedError("min_max_scale: min and max of train per column, then the same map for both")


def robust_scale(train, test):
    """Return (train_scaled, test_scaled): (x - median) / IQR with the per-column median and IQR of train."""
    raise NotImplementedError("robust_scale: np.median and np.percentile of train per column")

"""Imputing missing values and clipping outliers: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def impute(train, test, strategy="median", add_indicator=False):
    """Return (train_filled, test_filled): NaNs replaced by per-column statistics of train, plus optional indicators."""
    raise NotImplementedError("impute: nan-aware statistics of train, then fill copies of both")


def clip_outliers(train, test, k=1.5):
    """Return (train_clipped, test_clipped), clipped to the IQR fences of each train column."""
    raise NotImplementedError("clip_outliers: q1, q3 of train per column, then np.clip both arrays")

"""One-hot encoding and features from timestamps: see README.md. Replace each `raise NotImplementedError`."""
import datetime

import numpy as np


def one_hot(values, categories=None):
    """Return (encoded, categories): the (n, k) 0/1 encoding of values; categories learned (sorted) if None."""
    raise NotImplementedError("one_hot: a dict from category to column, one 1 per known value")


def time_features(timestamps):
    """Return an (n, 4) array: day of week (Mon = 0), is-weekend, sin and cos of the hour of day."""
    raise NotImplementedError("time_features: datetime.fromisoformat, weekday(), and the hour as an angle")

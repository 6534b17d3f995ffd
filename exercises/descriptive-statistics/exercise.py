"""Summary statistics and Pearson correlation: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def describe(values):
    """Return a dict with count, mean, std (n - 1), min, q1, median, q3, max and iqr of values."""
    raise NotImplementedError("describe: centre, spread (ddof=1) and quartiles in a dict")


def pearson(x, y):
    """Return the Pearson correlation of x and y; ValueError for different lengths or a constant variable."""
    raise NotImplementedError("pearson: the mean product of the deviations, over the product of the spreads")

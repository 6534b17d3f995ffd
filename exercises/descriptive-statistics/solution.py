"""Summary statistics and Pearson correlation: a reference solution."""
import numpy as np


def describe(values):
    x = np.asarray(values, dtype=float)
    q1, median, q3 = np.percentile(x, [25, 50, 75])
    return {
        "count": int(x.size),
        "mean": float(x.mean()),
        "std": float(x.std(ddof=1)),
        "min": float(x.min()),
        "q1": float(q1),
        "median": float(median),
        "q3": float(q3),
        "max": float(x.max()),
        "iqr": float(q3 - q1),
    }


def pearson(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"x and y must have the same length, got {x.size} and {y.size}")
    dx = x - x.mean()
    dy = y - y.mean()
    spread = np.sqrt(np.sum(dx**2) * np.sum(dy**2))
    if spread == 0:
        raise ValueError("the correlation of a constant variable is undefined")
    return float(np.sum(dx * dy) / spread)

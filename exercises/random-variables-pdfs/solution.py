"""Expectation, variance, and a CDF from a PDF: a reference solution."""
import numpy as np


def mean_and_variance(values, pmf):
    values = np.asarray(values, dtype=float)
    pmf = np.asarray(pmf, dtype=float)
    if np.any(pmf < 0) or abs(pmf.sum() - 1.0) > 1e-9:
        raise ValueError(f"not a probability mass function: entries must be >= 0 and sum to 1 (they sum to {pmf.sum()})")
    mean = np.sum(values * pmf)
    variance = np.sum((values - mean) ** 2 * pmf)
    return float(mean), float(variance)


def cdf_from_pdf(grid, density):
    grid = np.asarray(grid, dtype=float)
    density = np.asarray(density, dtype=float)
    areas = np.diff(grid) * (density[:-1] + density[1:]) / 2
    return np.concatenate([[0.0], np.cumsum(areas)])

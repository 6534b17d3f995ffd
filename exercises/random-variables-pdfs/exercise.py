"""Expectation, variance, and a CDF from a PDF: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def mean_and_variance(values, pmf):
    """Return (E[X], Var(X)) of a discrete random variable; ValueError if pmf is not a probability distribution."""
    raise NotImplementedError("mean_and_variance: weight by the probabilities; check them first")


def cdf_from_pdf(grid, density):
    """Return the running trapezoid integral of density over grid, starting at 0."""
    raise NotImplementedError("cdf_from_pdf: trapezoid areas between neighbouring points, accumulated")

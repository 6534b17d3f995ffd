"""Binomial and Poisson probabilities: see README.md. Replace each `raise NotImplementedError`."""
import math


def binomial_pmf(k, n, p):
    """Return P(K = k) for K ~ Binomial(n, p)."""
    raise NotImplementedError("binomial_pmf: log C(n, k) + k log p + (n - k) log(1 - p), then exp")


def poisson_pmf(k, lam):
    """Return P(K = k) for K ~ Poisson(lam)."""
    raise NotImplementedError("poisson_pmf: -lam + k log lam - log k!, then exp")

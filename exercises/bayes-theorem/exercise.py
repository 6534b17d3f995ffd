"""Bayes' theorem for a diagnostic test: see README.md. Replace each `raise NotImplementedError`."""


def posterior_positive(prior, sensitivity, false_positive_rate):
    """Return P(disease | one positive test)."""
    raise NotImplementedError("posterior_positive: likelihood times prior, divided by the total probability of a positive")


def posterior_after(prior, sensitivity, false_positive_rate, results):
    """Return P(disease | results), results being a sequence of True (positive) / False (negative)."""
    raise NotImplementedError("posterior_after: one Bayes update per result, the posterior becoming the next prior")

"""Bootstrap confidence interval and permutation test: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def bootstrap_ci(sample, statistic=np.mean, n_resamples=2000, confidence=0.95, seed=0):
    """Return (low, high), the percentile bootstrap confidence interval of statistic(sample)."""
    raise NotImplementedError("bootstrap_ci: resample with replacement, compute the statistic, take two percentiles")


def permutation_test(a, b, n_permutations=5000, seed=0):
    """Return the two-sided permutation p-value for mean(b) - mean(a)."""
    raise NotImplementedError("permutation_test: shuffle the pooled values, count differences at least as extreme")

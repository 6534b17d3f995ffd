"""Bootstrap confidence interval and permutation test: a reference solution."""
import numpy as np


def bootstrap_ci(sample, statistic=np.mean, n_resamples=2000, confidence=0.95, seed=0):
    sample = np.asarray(sample, dtype=float)
    rng = np.random.default_rng(seed)
    stats = np.array([statistic(rng.choice(sample, size=sample.size, replace=True)) for _ in range(n_resamples)])
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    return float(low), float(high)


def permutation_test(a, b, n_permutations=5000, seed=0):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    rng = np.random.default_rng(seed)
    observed = abs(b.mean() - a.mean())
    pooled = np.concatenate([a, b])
    count = 0
    for _ in range(n_permutations):
        shuffled = rng.permutation(pooled)
        if abs(shuffled[a.size:].mean() - shuffled[:a.size].mean()) >= observed:
            count += 1
    return (1 + count) / (1 + n_permutations)

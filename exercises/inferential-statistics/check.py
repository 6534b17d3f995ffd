import numpy as np

from exercise import bootstrap_ci, permutation_test

RNG = np.random.default_rng(42)
SAMPLE = RNG.normal(50, 10, size=200)
rng17 = np.random.default_rng(17)
A = rng17.normal(10, 2, 30)
B = rng17.normal(11.2, 2, 30)
# For A and B, Welch's t-test gives p ≈ 0.045.


def check_bootstrap_interval_is_an_interval():
    low, high = bootstrap_ci(SAMPLE)
    assert high - low > 1e-6, (
        f"bootstrap_ci(sample) returned ({low}, {high}), an interval of (almost) zero width. "
        "Are you resampling *with* replacement? Without it every resample has the same mean"
    )
    assert low < SAMPLE.mean() < high, f"bootstrap_ci(sample) = ({low:.3f}, {high:.3f}) should contain the sample mean {SAMPLE.mean():.3f}"


def check_bootstrap_width_matches_theory():
    low, high = bootstrap_ci(SAMPLE)
    expected = 2 * 1.96 * SAMPLE.std(ddof=1) / np.sqrt(SAMPLE.size)
    width = high - low
    hint = ""
    if 0.75 < width / expected < 0.92:
        hint = " Too narrow by about 1.645/1.96: a 95% interval cuts 2.5% from each side, the 2.5th and 97.5th percentiles."
    elif width / expected < 0.75:
        hint = " Much too narrow: are the resamples as large as the sample, and drawn with replacement?"
    assert 0.92 < width / expected < 1.08, (
        f"bootstrap_ci of the mean of 200 values with sd ≈ {SAMPLE.std(ddof=1):.2f} should have width close to "
        f"2·1.96·sd/√n ≈ {expected:.3f}, got {width:.3f} ({low:.3f} to {high:.3f}).{hint}"
    )


def check_bootstrap_is_reproducible():
    first = bootstrap_ci(SAMPLE, n_resamples=500, seed=3)
    second = bootstrap_ci(SAMPLE, n_resamples=500, seed=3)
    assert tuple(first) == tuple(second), (
        f"bootstrap_ci with seed=3 gave {first} and then {second}: draw everything from np.random.default_rng(seed)"
    )


def check_bootstrap_other_statistic_and_confidence():
    skewed = np.random.default_rng(5).exponential(2.0, size=150)
    low, high = bootstrap_ci(skewed, statistic=np.median)
    assert low < np.median(skewed) < high and high < np.mean(skewed) + 0.5, (
        f"bootstrap_ci(data, statistic=np.median) = ({low:.3f}, {high:.3f}) should surround the median {np.median(skewed):.3f}: "
        "apply the statistic argument to each resample"
    )
    wide = bootstrap_ci(SAMPLE, confidence=0.99)
    narrow = bootstrap_ci(SAMPLE, confidence=0.8)
    assert (wide[1] - wide[0]) > (narrow[1] - narrow[0]) * 1.7, (
        f"bootstrap_ci at 99% confidence ({wide[0]:.2f}, {wide[1]:.2f}) should be about twice as wide as at 80% ({narrow[0]:.2f}, {narrow[1]:.2f}): "
        "the tails cut off are (1 − confidence)/2 on each side"
    )


def check_permutation_detects_a_clear_difference():
    rng = np.random.default_rng(8)
    a, b = rng.normal(0, 1, 40), rng.normal(1.5, 1, 40)
    p = permutation_test(a, b, n_permutations=2000)
    assert 0 < p, "permutation_test returned p = 0: count the observed arrangement too, (1 + count) / (1 + n_permutations)"
    assert p < 0.002, f"permutation_test for groups whose means differ by 1.5 standard deviations (40 each) should give p ≈ 1/2001, got {p}"


def check_permutation_is_two_sided():
    p_ab = permutation_test(A, B)
    p_ba = permutation_test(B, A)
    assert abs(p_ab - p_ba) < 0.02, (
        f"permutation_test(a, b) = {p_ab:.4f} but permutation_test(b, a) = {p_ba:.4f}: a two-sided test must not depend on the order. "
        "Compare absolute differences"
    )
    assert 0.025 < p_ab < 0.07, f"permutation_test(a, b) on two groups of 30 with a t-test p of about 0.045 should give p ≈ 0.045, got {p_ab:.4f}"


def check_permutation_same_distribution():
    rng = np.random.default_rng(11)
    a, b = rng.normal(5, 1, 25), rng.normal(5, 1, 35)
    p = permutation_test(a, b, n_permutations=2000)
    assert 0.2 < p <= 1, f"permutation_test on two samples from the same distribution (means {a.mean():.2f} and {b.mean():.2f}) should give a large p-value, got {p:.4f}"

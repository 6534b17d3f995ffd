import numpy as np

from exercise import describe, pearson

INCOMES = [31_000, 28_500, 42_000, 35_500, 39_000, 30_000, 33_500, 1_250_000]


def check_describe_keys():
    got = describe([1.0, 2.0, 3.0])
    missing = {"count", "mean", "std", "min", "q1", "median", "q3", "max", "iqr"} - set(got)
    assert not missing, f"describe should return a dict with the keys count, mean, std, min, q1, median, q3, max, iqr; missing {sorted(missing)}"


def check_describe_small_sample():
    got = describe([4.0, 8.0, 6.0, 2.0])
    expected = {"count": 4, "mean": 5.0, "min": 2.0, "q1": 3.5, "median": 5.0, "q3": 6.5, "max": 8.0, "iqr": 3.0}
    for key, value in expected.items():
        hint = " The median is the middle of the *sorted* values [2, 4, 6, 8]: (4 + 6) / 2." if key == "median" else ""
        assert np.isclose(got[key], value), f"describe([4, 8, 6, 2])['{key}'] should be {value}, got {got[key]}.{hint}"
    std = np.sqrt(20 / 3)
    hint = " That divides by n: the sample standard deviation divides by n − 1 (ddof=1)." if np.isclose(got["std"], np.sqrt(5.0)) else ""
    assert np.isclose(got["std"], std), f"describe([4, 8, 6, 2])['std'] should be √(20/3) ≈ {std:.4f} (squared deviations sum to 20, over n − 1 = 3), got {got['std']}.{hint}"


def check_describe_median_resists_an_outlier():
    got = describe(INCOMES)
    assert np.isclose(got["median"], 34_500), (
        f"describe(incomes)['median'] should be 34500 (the mean of the middle two, 33500 and 35500, once sorted), got {got['median']}"
    )
    assert got["mean"] > 180_000, f"describe(incomes)['mean'] should be pulled up to about 186188 by the one income of 1250000, got {got['mean']}"
    assert np.isclose(got["iqr"], np.percentile(INCOMES, 75) - np.percentile(INCOMES, 25)), (
        f"describe(incomes)['iqr'] should be q3 − q1 = {np.percentile(INCOMES, 75) - np.percentile(INCOMES, 25)}, got {got['iqr']}"
    )


def beyond_one(r):
    if abs(r) > 1 + 1e-9:
        return " A correlation is never beyond ±1: use the same divisor (n or n − 1) for the covariance and both standard deviations, and centre both variables."
    return ""


def check_pearson_perfect_lines():
    x = np.arange(10.0)
    up, down = pearson(x, 3 * x + 2), pearson(x, -0.5 * x)
    assert np.isclose(up, 1.0), f"pearson(x, 3x + 2) for x = 0..9 should be 1 (an increasing line), got {up}.{beyond_one(up)}"
    assert np.isclose(down, -1.0), f"pearson(x, -0.5x) for x = 0..9 should be -1 (a decreasing line), got {down}.{beyond_one(down)}"


def check_pearson_noisy_data():
    rng = np.random.default_rng(3)
    x = rng.normal(size=12)
    y = 0.6 * x + rng.normal(size=12)
    got = pearson(x, y)
    expected = np.corrcoef(x, y)[0, 1]
    ratio = got / expected if expected else 0
    hint = ""
    if np.isclose(ratio, 12 / 11) or np.isclose(ratio, 11 / 12):
        hint = " Off by a factor n/(n − 1): the covariance and the standard deviations must use the same divisor."
    elif abs(got) > 1:
        hint = " A correlation is never beyond ±1: did you centre both variables?"
    assert np.isclose(got, expected), f"pearson on 12 noisy points should be {expected:.6f}, got {got}.{hint}"


def check_pearson_zero_does_not_mean_independent():
    x = np.linspace(-3, 3, 13)
    got = pearson(x, x**2)
    assert abs(got) < 1e-12, (
        f"pearson(x, x²) for x symmetric around 0 should be 0, got {got}. "
        "(y is a function of x, yet the *linear* correlation is zero.) Did you centre x and y on their means?"
    )


def check_pearson_rejects_bad_input():
    for x, y, why in (([1.0, 2.0, 3.0], [1.0, 2.0], "lengths 3 and 2 differ"), ([1.0, 2.0, 3.0], [5.0, 5.0, 5.0], "y is constant, so its std is 0")):
        try:
            result = pearson(x, y)
        except ValueError:
            continue
        except Exception as error:  # noqa: BLE001
            raise AssertionError(f"pearson({x}, {y}) should raise ValueError ({why}), got {type(error).__name__}: {error}") from None
        raise AssertionError(f"pearson({x}, {y}) should raise ValueError ({why}), but returned {result}")

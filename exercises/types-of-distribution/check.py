import math

from exercise import binomial_pmf, poisson_pmf


def call(fn, *args):
    try:
        return fn(*args)
    except (OverflowError, ValueError, ZeroDivisionError) as error:
        raise AssertionError(
            f"{fn.__name__}{args} raised {type(error).__name__}: {error}. "
            "Work with logarithms (math.lgamma, math.log) and exponentiate at the end, and treat p = 0 and p = 1 separately"
        ) from None


def check_binomial_small_values():
    got = call(binomial_pmf, 3, 10, 0.5)
    assert math.isclose(got, 120 / 1024, rel_tol=1e-9), f"binomial_pmf(3, 10, 0.5) should be C(10, 3)/2¹⁰ = 120/1024 ≈ 0.117188, got {got}"
    got = call(binomial_pmf, 1, 4, 0.2)
    expected = 4 * 0.2 * 0.8**3
    hint = " You swapped the exponents: p goes with the k successes, 1 − p with the n − k failures." if math.isclose(got, 4 * 0.8 * 0.2**3) else ""
    assert math.isclose(got, expected, rel_tol=1e-9), f"binomial_pmf(1, 4, 0.2) should be 4 · 0.2 · 0.8³ = {expected:.6f}, got {got}.{hint}"


def check_binomial_mean_and_variance():
    n, p = 20, 0.3
    probs = [call(binomial_pmf, k, n, p) for k in range(n + 1)]
    total = sum(probs)
    mean = sum(k * q for k, q in enumerate(probs))
    var = sum((k - mean) ** 2 * q for k, q in enumerate(probs))
    assert math.isclose(total, 1.0, rel_tol=1e-9), f"binomial_pmf(k, 20, 0.3) summed over k = 0..20 should be 1, got {total}"
    assert math.isclose(mean, 6.0, rel_tol=1e-9) and math.isclose(var, 4.2, rel_tol=1e-9), (
        f"Binomial(20, 0.3) should have mean np = 6 and variance np(1 − p) = 4.2; your pmf gives {mean:.4f} and {var:.4f}"
    )


def check_binomial_edges():
    cases = [((-1, 5, 0.5), 0.0), ((6, 5, 0.5), 0.0), ((0, 5, 0.0), 1.0), ((2, 5, 0.0), 0.0), ((5, 5, 1.0), 1.0), ((4, 5, 1.0), 0.0)]
    for args, expected in cases:
        got = call(binomial_pmf, *args)
        assert got == expected, f"binomial_pmf{args} should be {expected}, got {got}"


def check_binomial_many_trials():
    got = call(binomial_pmf, 2500, 5000, 0.5)
    assert math.isclose(got, 0.011283227495479853, rel_tol=1e-6), f"binomial_pmf(2500, 5000, 0.5) should be about 0.0112832, got {got}"


def check_poisson_values():
    got = call(poisson_pmf, 0, 2.0)
    assert math.isclose(got, math.exp(-2), rel_tol=1e-9), f"poisson_pmf(0, 2) should be e⁻² ≈ 0.135335, got {got}"
    got = call(poisson_pmf, 3, 2.0)
    expected = math.exp(-2) * 8 / 6
    hint = " That is 3 times too big: log k! is lgamma(k + 1), not lgamma(k)." if math.isclose(got, 3 * expected) else ""
    assert math.isclose(got, expected, rel_tol=1e-9), f"poisson_pmf(3, 2) should be e⁻²·2³/3! ≈ {expected:.6f}, got {got}.{hint}"
    assert call(poisson_pmf, -1, 2.0) == 0.0, "poisson_pmf(-1, 2) should be 0.0: counts are never negative"


def check_poisson_mean_and_large_counts():
    lam = 4.5
    probs = [call(poisson_pmf, k, lam) for k in range(80)]
    mean = sum(k * q for k, q in enumerate(probs))
    assert math.isclose(sum(probs), 1.0, rel_tol=1e-9), f"poisson_pmf(k, 4.5) summed over k = 0..79 should be 1, got {sum(probs)}"
    assert math.isclose(mean, lam, rel_tol=1e-9), f"Poisson(4.5) should have mean λ = 4.5; your pmf gives {mean}"
    got = call(poisson_pmf, 200, 150.0)
    assert math.isclose(got, 1.5038027878284683e-05, rel_tol=1e-6), f"poisson_pmf(200, 150) should be about 1.50380e-05, got {got}"


def check_poisson_is_the_limit_of_rare_binomials():
    for k in range(6):
        b = call(binomial_pmf, k, 2000, 0.001)
        q = call(poisson_pmf, k, 2.0)
        assert abs(b - q) < 2e-3, f"binomial_pmf({k}, 2000, 0.001) = {b:.5f} should be close to poisson_pmf({k}, 2) = {q:.5f} (many trials, small p, np = 2)"

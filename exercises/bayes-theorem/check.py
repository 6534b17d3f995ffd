import math

from exercise import posterior_after, posterior_positive


def check_rare_disease():
    got = posterior_positive(0.01, 0.95, 0.05)
    expected = 0.0095 / (0.0095 + 0.0495)
    hint = ""
    if math.isclose(got, 0.95):
        hint = " That is P(positive | disease), the sensitivity; Bayes' theorem turns it around into P(disease | positive)."
    elif math.isclose(got, 1.0):
        hint = " P(positive) must also count the healthy people who test positive: + false_positive_rate · (1 − prior)."
    assert math.isclose(got, expected, rel_tol=1e-9), (
        f"posterior_positive(prior=0.01, sensitivity=0.95, false_positive_rate=0.05) should be "
        f"0.95·0.01 / (0.95·0.01 + 0.05·0.99) ≈ {expected:.4f}, got {got}.{hint}"
    )


def check_common_condition():
    got = posterior_positive(0.4, 0.8, 0.1)
    expected = 0.32 / (0.32 + 0.06)
    assert math.isclose(got, expected, rel_tol=1e-9), f"posterior_positive(0.4, 0.8, 0.1) should be 0.32 / 0.38 ≈ {expected:.4f}, got {got}"


def check_certain_priors():
    assert math.isclose(posterior_positive(1.0, 0.9, 0.2), 1.0), "posterior_positive with prior 1 should stay 1: a certainty does not change with evidence"
    assert posterior_positive(0.0, 0.9, 0.2) == 0.0, "posterior_positive with prior 0 should stay 0"


def check_no_results_is_the_prior():
    got = posterior_after(0.3, 0.9, 0.1, [])
    assert got == 0.3, f"posterior_after(0.3, ..., results=[]) should return the prior 0.3 unchanged, got {got}"


def check_two_positives():
    got = posterior_after(0.01, 0.95, 0.05, [True, True])
    first = 0.0095 / (0.0095 + 0.0495)
    expected = 0.95 * first / (0.95 * first + 0.05 * (1 - first))
    hint = " That is the posterior after one test: each update must start from the previous posterior." if math.isclose(got, first) else ""
    assert math.isclose(got, expected, rel_tol=1e-9), (
        f"posterior_after(0.01, 0.95, 0.05, [True, True]) should be ≈ {expected:.4f} (the second test starts from the posterior {first:.4f}), got {got}.{hint}"
    )


def check_a_negative_result():
    got = posterior_after(0.2, 0.9, 0.1, [False])
    expected = 0.1 * 0.2 / (0.1 * 0.2 + 0.9 * 0.8)
    assert math.isclose(got, expected, rel_tol=1e-9), (
        f"posterior_after(0.2, 0.9, 0.1, [False]) should be (1 − 0.9)·0.2 / ((1 − 0.9)·0.2 + (1 − 0.1)·0.8) ≈ {expected:.4f}, got {got}. "
        "A negative result has probability 1 − sensitivity if sick and 1 − false_positive_rate if healthy"
    )


def check_order_does_not_matter():
    a = posterior_after(0.05, 0.85, 0.1, [True, False, True])
    b = posterior_after(0.05, 0.85, 0.1, [True, True, False])
    assert math.isclose(a, b, rel_tol=1e-9), (
        f"posterior_after with the results [True, False, True] gave {a} but [True, True, False] gave {b}: "
        "with independent tests only the numbers of positives and negatives matter"
    )
    assert 0 < a < 1, f"posterior_after should return a probability, got {a}"

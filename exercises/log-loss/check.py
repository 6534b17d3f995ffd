import warnings

import numpy as np

from exercise import log_loss, multiclass_log_loss


def _quiet(f, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return f(*args)
        except (RuntimeWarning, FloatingPointError) as problem:
            raise AssertionError(
                f"{f.__name__} raised the warning '{problem}' for a probability of exactly 0 or 1: clip the probabilities into [eps, 1 - eps] before np.log"
            ) from None


def check_single_predictions():
    right, wrong = float(log_loss([1], [0.9])), float(log_loss([0], [0.9]))
    assert np.isclose(right, -np.log(0.9)) and np.isclose(wrong, -np.log(0.1)), (
        f"log_loss([1], [0.9]) should be -log 0.9 = 0.1054 and log_loss([0], [0.9]) -log 0.1 = 2.3026 (a confident mistake costs 20 times more); "
        f"got {right:.4f} and {wrong:.4f}"
    )


def check_mean_over_examples():
    y = np.array([1, 0, 1, 0])
    p = np.array([0.8, 0.3, 0.6, 0.1])
    expected = -np.mean(np.log([0.8, 0.7, 0.6, 0.9]))
    got = float(log_loss(y, p))
    hint = " That is the sum; log loss is the mean over examples." if np.isclose(got, 4 * expected) else ""
    assert np.isclose(got, expected), f"log_loss(y = {y.tolist()}, p = {p.tolist()}) should be the mean of -log(0.8, 0.7, 0.6, 0.9) = {expected:.5f}, got {got:.5f}.{hint}"


def check_clipping():
    got = _quiet(log_loss, np.array([1, 0]), np.array([0.0, 0.0]))
    assert np.isfinite(float(got)) and np.isclose(float(got), -np.log(1e-15) / 2, rtol=1e-6), (
        f"log_loss(y = [1, 0], p = [0, 0]): p = 0 for a positive is clipped to 1e-15, costing -log(1e-15) = 34.54, and the correct 0 costs ~0, "
        f"so the mean is 17.27; got {got}"
    )
    got = float(_quiet(log_loss, np.array([1, 0]), np.array([1.0, 0.0])))
    assert 0 <= got < 1e-12, f"log_loss of perfectly confident, correct predictions should be ~0 (about 1e-15 after clipping), got {got}"
    p = np.array([0.0, 1.0, 0.5])
    log_loss(np.array([1, 1, 0]), p)
    assert np.array_equal(p, [0.0, 1.0, 0.5]), f"log_loss changed its argument p to {p}: clip a copy (np.clip returns one)"
    got = float(log_loss([1], [0.2], eps=0.25))
    assert np.isclose(got, -np.log(0.25)), f"log_loss([1], [0.2], eps=0.25) should clip 0.2 up to 0.25 and return -log 0.25 = 1.3863, got {got}. Use the eps argument"


def check_same_accuracy_different_loss():
    y = np.array([1, 1, 0, 0])
    modest = float(log_loss(y, [0.7, 0.45, 0.4, 0.3]))
    overconfident = float(log_loss(y, [0.99, 0.01, 0.01, 0.02]))
    expected = (-np.mean(np.log([0.7, 0.45, 0.6, 0.7])), -np.mean(np.log([0.99, 0.01, 0.99, 0.98])))
    assert np.isclose(modest, expected[0]) and np.isclose(overconfident, expected[1]), (
        f"two classifiers that both get 3 of 4 right at threshold 0.5 on y = [1, 1, 0, 0]: p = [0.7, 0.45, 0.4, 0.3] should have log loss "
        f"{expected[0]:.4f}, and p = [0.99, 0.01, 0.01, 0.02] {expected[1]:.4f}, more than twice as much because of one confident miss; "
        f"got {modest:.4f} and {overconfident:.4f}"
    )


def check_multiclass():
    y = np.array([0, 2, 1])
    P = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
    got = float(multiclass_log_loss(y, P))
    expected = -np.mean(np.log([0.7, 0.8, 0.4]))
    assert np.isclose(got, expected), (
        f"multiclass_log_loss(y = {y.tolist()}, P = {P.tolist()}) should average -log of each row's true-class probability, "
        f"-log(0.7, 0.8, 0.4), = {expected:.5f}; got {got:.5f}. P[np.arange(n), y] picks one entry per row, P[:, y] picks whole columns"
    )
    got = float(_quiet(multiclass_log_loss, np.array([1, 0]), np.array([[1.0, 0.0], [1.0, 0.0]])))
    assert np.isclose(got, -np.log(1e-15) / 2, rtol=1e-6), f"multiclass_log_loss with a true-class probability of exactly 0 should clip it to 1e-15: expected 17.27, got {got}"


def check_binary_is_a_special_case():
    rng = np.random.default_rng(6)
    y = rng.integers(0, 2, 30)
    p = rng.uniform(0.01, 0.99, 30)
    a, b = float(log_loss(y, p)), float(multiclass_log_loss(y, np.column_stack([1 - p, p])))
    assert np.isclose(a, b), f"binary log loss with p = P(class 1) should equal multiclass_log_loss with columns [1 − p, p]; got {a:.6f} and {b:.6f}"

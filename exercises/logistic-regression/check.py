import warnings

import numpy as np

from exercise import fit_logistic, sigmoid


def _data():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(200, 3))
    p = 1 / (1 + np.exp(-(X @ np.array([1.5, -2.0, 0.5]) + 0.3)))
    y = (rng.random(200) < p).astype(float)
    return X, y


def _gradient(X, y, w, b, l2):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (p - y) / len(y) + l2 * w, (p - y).mean()


def check_sigmoid_values():
    z = np.array([-2.0, 0.0, 2.0])
    got = np.asarray(sigmoid(z), dtype=float)
    expected = np.array([0.11920292, 0.5, 0.88079708])
    assert got.shape == (3,) and np.allclose(got, expected, atol=1e-7), f"sigmoid([-2, 0, 2]) should be {expected}, got {got}"


def check_sigmoid_is_stable():
    z = np.array([-1000.0, -40.0, 40.0, 1000.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            got = np.asarray(sigmoid(z), dtype=float)
        except (RuntimeWarning, FloatingPointError) as warning:
            raise AssertionError(
                f"sigmoid([-1000, -40, 40, 1000]) raised the warning '{warning}': np.exp(-z) overflows for z = -1000. "
                "Where z < 0, compute e^z / (1 + e^z) instead, whose exponent is negative"
            ) from None
    assert np.all(np.isfinite(got)) and np.allclose(got, [0.0, 4.248e-18, 1.0, 1.0], atol=1e-12), (
        f"sigmoid([-1000, -40, 40, 1000]) should be about [0, 4.2e-18, 1, 1], got {got}"
    )


def check_one_step_from_zero():
    X = np.array([[1.0, 2.0], [2.0, 0.0], [-1.0, 1.0], [0.0, -2.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0])
    w, b = fit_logistic(X, y, lr=0.5, n_iter=1)
    w = np.asarray(w, dtype=float)
    # From zero every p is 0.5, so grad_w = X.T @ (0.5 - y) / 4 = [-0.5, -0.375], grad_b = 0.
    expected = np.array([0.25, 0.1875])
    hint = ""
    if np.allclose(w, -expected):
        hint = " That is the right size with the wrong sign: step against the gradient, w - lr * grad."
    elif np.allclose(w, 4 * expected):
        hint = " That is 4 times too big (n = 4): average the gradient over the samples, don't sum it."
    assert w.shape == (2,) and np.allclose(w, expected) and np.isclose(float(b), 0.0), (
        f"fit_logistic(X, y, lr=0.5, n_iter=1) on the 4-point example should take one step from zero to w = {expected.tolist()}, b = 0; "
        f"got w = {w.tolist()}, b = {b}.{hint}"
    )


def check_converges_to_the_minimum():
    X, y = _data()
    w, b = fit_logistic(X, y, lr=1.0, n_iter=2000)
    gw, gb = _gradient(X, y, np.asarray(w, dtype=float), float(b), 0.0)
    size = float(np.sqrt(np.sum(gw**2) + gb**2))
    assert np.all(np.isfinite(w)) and size < 1e-6, (
        f"after fit_logistic(lr=1, n_iter=2000) on 200 noisy points the gradient of the log loss should be ~0 "
        f"(|grad| < 1e-6), but it is {size:.3g} at w = {np.round(w, 4)}, b = {b:.4f}. "
        "Check the signs and the gradient formula, and that b is updated too"
    )
    assert np.allclose(w, [1.41975801, -1.70851709, 0.24939453], atol=1e-4), f"fitted weights {np.round(w, 5)} differ from the optimum [1.41976, -1.70852, 0.24939]"


def check_l2_penalty():
    X, y = _data()
    w, b = fit_logistic(X, y, lr=1.0, n_iter=2000, l2=0.1)
    gw, gb = _gradient(X, y, np.asarray(w, dtype=float), float(b), 0.1)
    size = float(np.sqrt(np.sum(gw**2)))
    assert size < 1e-6, (
        f"with l2=0.1 the gradient of the penalised loss with respect to w, X.T(p - y)/n + l2·w, should be ~0 at the result, "
        f"but its size is {size:.3g} (w = {np.round(w, 4)}, b = {b:.4f}). Did you add l2 * w to the gradient of w?"
    )
    assert abs(gb) < 1e-6, (
        f"with l2=0.1 the bias should still satisfy mean(p - y) = 0 at the result (it is not penalised), but mean(p - y) = {gb:.3g} "
        f"(b = {b:.4f}). Update b with the plain mean(p - y), without an l2 term"
    )


def check_bias_is_not_penalised():
    X, y = _data()
    w, b = fit_logistic(X, y, lr=0.01, n_iter=2000, l2=100.0)
    base = np.log(y.mean() / (1 - y.mean()))
    assert np.all(np.abs(w) < 0.01), f"with l2=100 the weights should be squeezed to almost 0, got {np.round(w, 4)}"
    assert abs(float(b) - base) < 0.005, (
        f"with l2=100 the weights are ~0, so the bias alone should fit the base rate: b ≈ log(ȳ / (1 - ȳ)) = {base:.4f}, got b = {float(b):.4f}. "
        "Penalise w only, not b"
    )

import numpy as np

from exercise import ridge_effective_df, ridge_fit


def _data():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(30, 4)) + np.array([5.0, -3.0, 0.0, 10.0])
    y = X @ np.array([1.0, 2.0, -1.0, 0.5]) + 7.0 + rng.normal(0, 0.5, 30)
    return X, y


def check_hand_example():
    w, b = ridge_fit(np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 2.0]), 1.0)
    w = np.asarray(w, dtype=float)
    hint = ""
    if w.shape == (1,) and not np.isclose(float(b), 2.0 - w[0]):
        hint = " Your b is not ȳ − x̄·w for your own w: is the intercept penalised? Centre, solve for w, then b = ȳ − x̄·w."
    elif w.shape == (1,) and not np.isclose(w[0], 1 / 3):
        hint = " Your w is off: the system is (XcᵀXc + αI)w = Xcᵀyc, with α itself on the diagonal."
    assert w.shape == (1,) and np.isclose(w[0], 1 / 3) and np.isclose(float(b), 5 / 3), (
        "ridge_fit(x = [0, 1, 2], y = [1, 3, 2], alpha=1): centred x = [-1, 0, 1], y = [-1, 1, 0], so w = 1 / (2 + 1) = 1/3 and "
        f"b = 2 - 1·(1/3) = 5/3; got w = {w}, b = {b}.{hint}"
    )


def check_alpha_zero_is_least_squares():
    X, y = _data()
    w, b = ridge_fit(X, y, 0.0)
    theta, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    assert np.allclose(w, theta[:4]) and np.isclose(float(b), theta[4]), (
        f"ridge_fit with alpha=0 should be ordinary least squares: w = {np.round(theta[:4], 5)}, b = {theta[4]:.5f}; "
        f"got w = {np.round(np.asarray(w, dtype=float), 5)}, b = {float(b):.5f}"
    )


def check_stationary_point():
    X, y = _data()
    w, b = ridge_fit(X, y, 5.0)
    r = y - X @ w - b
    grad_w, grad_b = -2 * X.T @ r + 2 * 5.0 * np.asarray(w), -2 * r.sum()
    assert np.allclose(grad_w, 0, atol=1e-7) and abs(grad_b) < 1e-7, (
        f"at ridge_fit(alpha=5) the gradient of ||y - Xw - b||² + 5||w||² should be 0, but it is {np.round(grad_w, 5)} for w "
        f"and {grad_b:.5f} for b. Is the penalty alpha·I (not alpha/n), and is the intercept left out of it?"
    )


def check_singular_problems():
    rng = np.random.default_rng(8)
    x = rng.normal(size=20)
    X = np.column_stack([x, x, rng.normal(size=20)])  # two identical columns: XᵀX is singular
    y = 3 * x + rng.normal(0, 0.1, 20)
    w, b = ridge_fit(X, y, 1.0)
    w = np.asarray(w, dtype=float)
    assert np.all(np.isfinite(w)) and np.isclose(w[0], w[1]), (
        f"ridge_fit(alpha=1) with two identical columns should split their weight equally (about 1.5 each), got w = {w}"
    )
    X_wide = rng.normal(size=(5, 12))  # more features than samples
    w, b = ridge_fit(X_wide, rng.normal(size=5), 0.5)
    assert np.asarray(w).shape == (12,) and np.all(np.isfinite(w)), f"ridge_fit on a 5 × 12 X (alpha=0.5) should give 12 finite weights, got {w}"


def check_large_alpha_keeps_the_intercept():
    X, y = _data()
    w, b = ridge_fit(X, y, 1e9)
    assert np.all(np.abs(w) < 1e-4) and np.isclose(float(b), y.mean(), atol=1e-3), (
        f"with alpha = 1e9 the weights should be ~0 and the intercept should be the mean of y, {y.mean():.4f}; "
        f"got w = {np.round(np.asarray(w, dtype=float), 6)}, b = {float(b):.4f}. The intercept must not be penalised"
    )


def check_effective_degrees_of_freedom():
    got = float(ridge_effective_df(np.array([[0.0], [1.0], [2.0]]), 1.0))
    hint = " Square the singular values." if np.isclose(got, np.sqrt(2) / (np.sqrt(2) + 1)) else ""
    hint = hint or (" Centre X first." if np.isclose(got, 5 / 6) else "")
    assert np.isclose(got, 2 / 3), (
        f"ridge_effective_df(x = [0, 1, 2], alpha=1): centred x = [-1, 0, 1] has s² = 2, so df = 2 / (2 + 1) = 2/3; got {got}.{hint}"
    )
    X, _ = _data()
    dfs = [float(ridge_effective_df(X, a)) for a in (0.0, 1.0, 100.0, 1e8)]
    assert np.isclose(dfs[0], 4.0) and dfs[0] > dfs[1] > dfs[2] > dfs[3] and dfs[3] < 1e-4, (
        f"ridge_effective_df of a 30 × 4 X for alpha = 0, 1, 100, 1e8 should fall from 4 (the number of features) towards 0, got {np.round(dfs, 4)}"
    )

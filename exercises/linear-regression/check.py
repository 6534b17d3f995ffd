import numpy as np

from exercise import fit_normal_equation, mse_gradient


def _noisy():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(50, 3))
    y = X @ np.array([2.0, -1.0, 0.5]) + 4.0 + rng.normal(0, 0.3, 50)
    return X, y


def check_recovers_an_exact_line():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = 3.0 * X[:, 0] - 2.0
    w, b = fit_normal_equation(X, y)
    w = np.asarray(w, dtype=float)
    hint = ""
    if w.shape == (1,) and not np.isclose(float(b), -2.0) and np.isclose(float(b), 0.0):
        hint = " The intercept is 0: did you add the column of ones to X?"
    assert w.shape == (1,) and np.allclose(w, [3.0]) and np.isclose(float(b), -2.0), (
        f"fit_normal_equation on points of y = 3x - 2 should return w = [3.0], b = -2.0, got w = {w}, b = {b}.{hint}"
    )


def check_matches_least_squares_on_noisy_data():
    X, y = _noisy()
    X_before = X.copy()
    w, b = fit_normal_equation(X, y)
    theta, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(50)]), y, rcond=None)
    assert np.array_equal(X, X_before), "fit_normal_equation changed X: build the design matrix as a new array (np.column_stack)"
    assert np.allclose(w, theta[:3]) and np.isclose(float(b), theta[3]), (
        f"fit_normal_equation on 50 noisy points should match the least-squares fit w = {np.round(theta[:3], 5)}, b = {theta[3]:.5f}; "
        f"got w = {np.round(np.asarray(w, dtype=float), 5)}, b = {float(b):.5f}"
    )


def check_gradient_values():
    X = np.array([[1.0, 2.0], [3.0, -1.0]])
    y = np.array([1.0, 2.0])
    gw, gb = mse_gradient(X, y, np.array([1.0, 0.0]), 0.5)
    # Residuals: [1 + 0.5 - 1, 3 + 0.5 - 2] = [0.5, 1.5]
    expected_w, expected_b = np.array([5.0, -0.5]), 2.0
    gw = np.asarray(gw, dtype=float)
    hint = ""
    if np.allclose(gw, expected_w / 2):
        hint = " Yours is half the right value: the derivative of r² is 2r."
    elif np.allclose(gw, -expected_w):
        hint = " Yours has the wrong sign: with r = prediction - y, the gradient is +2/n · Xᵀr."
    assert gw.shape == (2,) and np.allclose(gw, expected_w) and np.isclose(float(gb), expected_b), (
        f"mse_gradient on the 2-point example with w = (1, 0), b = 0.5 (residuals 0.5 and 1.5) should be grad_w = {expected_w.tolist()}, "
        f"grad_b = {expected_b}; got grad_w = {gw.tolist()}, grad_b = {gb}.{hint}"
    )


def check_gradient_matches_finite_differences():
    X, y = _noisy()
    w, b = np.array([0.3, -0.2, 1.0]), 1.5
    mse = lambda w_, b_: np.mean((X @ w_ + b_ - y) ** 2)
    h = 1e-6
    numeric_w = np.array([(mse(w + h * e, b) - mse(w - h * e, b)) / (2 * h) for e in np.eye(3)])
    numeric_b = (mse(w, b + h) - mse(w, b - h)) / (2 * h)
    gw, gb = mse_gradient(X, y, w, b)
    assert np.allclose(gw, numeric_w, atol=1e-4) and np.isclose(float(gb), numeric_b, atol=1e-4), (
        f"mse_gradient on 50 random points disagrees with central differences of the MSE: expected grad_w ≈ {np.round(numeric_w, 4)}, "
        f"grad_b ≈ {numeric_b:.4f}; got {np.round(np.asarray(gw, dtype=float), 4)}, {float(gb):.4f}"
    )


def check_gradient_is_zero_at_the_solution():
    X, y = _noisy()
    w, b = fit_normal_equation(X, y)
    gw, gb = mse_gradient(X, y, np.asarray(w, dtype=float), float(b))
    size = float(np.sqrt(np.sum(np.asarray(gw) ** 2) + float(gb) ** 2))
    assert size < 1e-8, f"at the normal-equation solution the MSE gradient should vanish, but its size is {size:.3g}"

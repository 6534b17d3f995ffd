import numpy as np

from exercise import svm_objective, svm_subgradient_step

W0 = np.array([0.5, 0.0])
# Margins under w = (0.5, 0), b = 0: 1.0 (exactly on the margin), 0.5, 1.5, -0.25.
X4 = np.array([[2.0, 0.0], [1.0, 0.0], [-3.0, 1.0], [0.5, 1.0]])
Y4 = np.array([1.0, 1.0, -1.0, -1.0])


def check_objective():
    got = float(svm_objective(W0, 0.0, X4, Y4, 2.0))
    hint = ""
    if np.isclose(got, 1.0):
        hint = " You averaged the hinge terms; the objective sums them."
    elif np.isclose(got, 3.75):
        hint = " Did you forget the ½ in ½‖w‖²?"
    assert np.isclose(got, 3.625), (
        f"svm_objective(w=(0.5, 0), b=0, C=2) on the 4-point example should be ½·0.25 + 2·(0 + 0.5 + 0 + 1.25) = 3.625, got {got}.{hint}"
    )


def check_step_uses_only_points_inside_the_margin():
    w, b = svm_subgradient_step(W0, 0.0, X4, Y4, 1.0, 0.1)
    w = np.asarray(w, dtype=float)
    hint = ""
    if np.allclose(w, [0.7, -0.1]):
        hint = " Point 0 sits exactly on the margin (m = 1) and must not count: use m < 1, not m <= 1."
    elif np.allclose(w, [0.55, -0.1]):
        hint = " Missing shrinkage: g_w starts with w itself, from the ½‖w‖² term."
    assert w.shape == (2,) and np.allclose(w, [0.5, -0.1]) and np.isclose(float(b), 0.0), (
        "svm_subgradient_step(w=(0.5, 0), b=0, C=1, lr=0.1) on the 4-point example: the active points are 1 and 3 "
        "(margins 0.5 and -0.25), so g_w = w - (x₁ - x₃) = (0, 1), g_b = -(1 - 1) = 0, and the new w is (0.5, -0.1), b = 0; "
        f"got w = {np.round(w, 6).tolist()}, b = {b}.{hint}"
    )


def check_step_leaves_arguments_alone():
    w = W0.copy()
    X = X4.copy()
    svm_subgradient_step(w, 0.0, X, Y4, 1.0, 0.1)
    assert np.array_equal(w, W0) and np.array_equal(X, X4), (
        f"svm_subgradient_step changed its arguments (w is now {w}): return a new w, e.g. w - lr * g_w, instead of w -= ..."
    )


def check_points_outside_the_margin_do_not_matter():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(30, 2)) * 2
    y = np.where(X[:, 0] + 0.5 * X[:, 1] > 0, 1.0, -1.0)
    w, b = np.array([0.8, 0.3]), 0.1
    keep = y * (X @ w + b) < 1
    full = svm_subgradient_step(w, b, X, y, 0.5, 0.05)
    only_active = svm_subgradient_step(w, b, X[keep], y[keep], 0.5, 0.05)
    assert np.allclose(full[0], only_active[0]) and np.isclose(full[1], only_active[1]), (
        f"deleting the {int((~keep).sum())} points with margin >= 1 changed the step: with all points w = {np.round(full[0], 5)}, "
        f"b = {full[1]:.5f}; with only those inside the margin w = {np.round(only_active[0], 5)}, b = {only_active[1]:.5f}. "
        "Points with y(w·x + b) >= 1 must contribute nothing to the subgradient"
    )


def check_training_reaches_the_optimum():
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal([1.5, 1.0], 1.0, (50, 2)), rng.normal([-1.5, -1.0], 1.0, (50, 2))])
    y = np.r_[np.ones(50), -np.ones(50)]
    w, b = np.zeros(2), 0.0
    for t in range(1, 5001):
        w, b = svm_subgradient_step(w, b, X, y, 1.0, 0.01 / np.sqrt(t))
    w = np.asarray(w, dtype=float)
    # The exact optimum (from a quadratic-programming solver, scikit-learn's SVC).
    best_w, best_b, best_objective = np.array([1.35682, 1.44088]), 0.08372, 7.897714
    objective = float(svm_objective(w, float(b), X, y, 1.0))
    assert np.allclose(w, best_w, atol=0.01) and abs(float(b) - best_b) < 0.01, (
        f"5000 subgradient steps (C=1, lr = 0.01/√t) on 100 noisy points should reach w ≈ {best_w.tolist()}, b ≈ {best_b} "
        f"(the exact SVM), got w = {np.round(w, 5).tolist()}, b = {float(b):.5f}; objective {objective:.5f} vs the optimum {best_objective}"
    )

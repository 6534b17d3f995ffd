import numpy as np

from exercise import linear_shap, permutation_importance

RNG = np.random.default_rng(40)
X = RNG.normal(size=(2000, 3))
W = np.array([3.0, 1.0, 0.0])


def predict(A):
    return A @ W + 0.5


Y = predict(X)


def mse(y, y_pred):
    return float(np.mean((y - y_pred) ** 2))


def check_importance_of_used_and_unused_features():
    before = X.copy()
    mean, std = permutation_importance(predict, X, Y, mse, n_repeats=3, seed=1)
    mean, std = np.asarray(mean, dtype=float), np.asarray(std, dtype=float)
    assert np.array_equal(X, before), "permutation_importance changed X: shuffle the column of a copy"
    assert mean.shape == (3,) and std.shape == (3,), f"permutation_importance for 3 features should return two arrays of shape (3,), got {mean.shape} and {std.shape}"
    assert mean[2] == 0 and std[2] == 0, (
        f"permutation_importance: the model ignores feature 2, so shuffling it must not change the loss (importance exactly 0), got {mean[2]:.4g}. "
        "Shuffle only column j, not whole rows."
    )
    sign = " The importances are negative: take permuted loss minus baseline, not the reverse." if mean[0] < 0 else ""
    assert 16 < mean[0] < 20 and 1.6 < mean[1] < 2.4, (
        f"permutation_importance for y = 3·x₀ + x₁ with standard normal features and MSE: shuffling feature j adds about 2·wⱼ² to the loss, "
        f"so about [18, 2, 0], got {np.round(mean, 3)}.{sign}"
    )


def check_repeats_and_seed():
    a = permutation_importance(predict, X[:200], Y[:200], mse, n_repeats=4, seed=2)
    b = permutation_importance(predict, X[:200], Y[:200], mse, n_repeats=4, seed=2)
    c = permutation_importance(predict, X[:200], Y[:200], mse, n_repeats=4, seed=3)
    assert np.allclose(a[0], b[0]) and not np.allclose(a[0], c[0]), (
        "permutation_importance should be reproducible: the same seed must give the same result and another seed a different one "
        "(one np.random.default_rng(seed) per call)"
    )
    assert np.all(np.asarray(a[1])[:2] > 0), f"permutation_importance: with 4 repeats the spread of the used features' scores should be positive, got std {a[1]}"
    one = permutation_importance(predict, X[:200], Y[:200], mse, n_repeats=1, seed=2)
    assert np.allclose(one[1], 0), f"permutation_importance with n_repeats=1 has a single score per feature, so its std should be 0, got {one[1]}"


def check_shap_by_hand():
    background = np.array([[0.0, 1.0], [2.0, 3.0]])
    got = np.asarray(linear_shap(np.array([2.0, -1.0]), background, np.array([4.0, 0.0])), dtype=float)
    expected = np.array([6.0, 2.0])
    assert got.shape == (2,) and np.allclose(got, expected), (
        f"linear_shap(w=[2, -1], background mean [1, 2], x=[4, 0]) should be [2·(4 − 1), −1·(0 − 2)] = [6, 2], got {got}. "
        "Measure each feature from its background mean."
    )


def check_shap_adds_up():
    w = np.array([0.5, -2.0, 1.5, 0.0])
    background = RNG.normal(loc=[1, -1, 2, 0], size=(100, 4))
    x = np.array([2.0, 0.5, -1.0, 7.0])
    phi = np.asarray(linear_shap(w, background, x), dtype=float)
    gap = (x @ w + 3.0) - np.mean(background @ w + 3.0)
    assert np.isclose(phi.sum(), gap), (
        f"linear_shap: the contributions should add up to f(x) − mean f(background) = {gap:.4f}, but they sum to {phi.sum():.4f}"
    )
    assert phi[3] == 0, f"linear_shap: a feature with weight 0 contributes nothing, got {phi[3]}"

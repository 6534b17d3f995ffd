import numpy as np

from exercise import elastic_net_cd, elastic_net_objective


def _data():
    rng = np.random.default_rng(9)
    n = 40
    b = rng.normal(size=n)
    X = np.column_stack([b, b, rng.normal(size=n), rng.normal(size=n)])  # columns 0 and 1 are identical
    X -= X.mean(axis=0)
    y = 2 * b + X[:, 2] + rng.normal(0, 0.5, n)
    return X, y - y.mean()


def check_objective():
    X = np.array([[1.0, 0.0], [0.0, 2.0]])
    y = np.array([1.0, 1.0])
    w = np.array([2.0, -1.0])
    got = float(elastic_net_objective(X, y, w, 0.5, 0.4))
    # residual (-1, 3): 10 / 4 = 2.5; L1 0.5·0.4·3 = 0.6; L2 0.5·0.5·0.6·5 = 0.75
    hint = " Did you forget the ½ in the L2 term (α(1 − ρ)/2)·‖w‖²?" if np.isclose(got, 4.6) else ""
    hint = hint or (" The squared error is divided by 2n." if np.isclose(got, 1.35 + 5.0) else "")
    assert np.isclose(got, 3.85), (
        f"elastic_net_objective(X = [[1, 0], [0, 2]], y = (1, 1), w = (2, -1), alpha=0.5, l1_ratio=0.4) should be "
        f"10/4 + 0.5·0.4·3 + 0.5·0.5·0.6·5 = 2.5 + 0.6 + 0.75 = 3.85, got {got}.{hint}"
    )


def check_pure_ridge():
    X, y = _data()
    n = len(y)
    w = np.asarray(elastic_net_cd(X, y, 0.1, 0.0, n_iter=500), dtype=float)
    expected = np.linalg.solve(X.T @ X / n + 0.1 * np.eye(4), X.T @ y / n)
    hint = " Does the denominator include alpha·(1 − l1_ratio)?"
    if w.shape == (4,) and np.any(w == 0):
        hint = " With l1_ratio=0 there is no L1 penalty, so no weight should be thresholded to 0: the threshold is alpha·l1_ratio."
    assert w.shape == (4,) and np.allclose(w, expected, atol=1e-6), (
        f"elastic_net_cd(alpha=0.1, l1_ratio=0) is ridge regression: it should match the solution of (XᵀX/n + αI)w = Xᵀy/n, "
        f"{np.round(expected, 5)}; got {np.round(w, 5)}.{hint}"
    )


def check_pure_lasso():
    X, y = _data()
    n = len(y)
    w = np.asarray(elastic_net_cd(X, y, 0.1, 1.0, n_iter=500), dtype=float)
    g = X.T @ (y - X @ w) / n
    active = np.abs(w) > 1e-10
    ok = np.allclose(g[active], 0.1 * np.sign(w[active]), atol=1e-6) and np.all(np.abs(g[~active]) <= 0.1 + 1e-6)
    assert ok, (
        f"elastic_net_cd(alpha=0.1, l1_ratio=1) is the Lasso: Xⱼ·(y − Xw)/n should be ±alpha for the non-zero weights and within ±alpha "
        f"for the zero ones; got w = {np.round(w, 5)} with Xᵀ(y − Xw)/n = {np.round(g, 5)}. Is the threshold alpha·l1_ratio?"
    )
    assert abs(w[1]) < 1e-8 and w[0] > 1.7, (
        f"with two identical columns the Lasso, updating column 0 first, should give it all the weight: w ≈ (1.79, 0, 0.91, 0), got {np.round(w, 5)}"
    )


def check_mixed_penalty_shares_correlated_weights():
    X, y = _data()
    w = np.asarray(elastic_net_cd(X, y, 0.1, 0.5, n_iter=500), dtype=float)
    expected = np.array([0.89769, 0.89769, 0.91423, 0.0])
    assert np.allclose(w, expected, atol=1e-4), (
        f"elastic_net_cd(alpha=0.1, l1_ratio=0.5) should give w ≈ {expected.tolist()}: the identical columns 0 and 1 share the weight, "
        f"and column 3 (pure noise) is exactly 0. Got {np.round(w, 5)}"
    )
    assert w[3] == 0.0, f"elastic_net_cd(alpha=0.1, l1_ratio=0.5): the noise column should get exactly 0 (the L1 threshold), got {w[3]}"


def check_each_sweep_lowers_the_objective():
    X, y = _data()
    values = [elastic_net_objective(X, y, np.asarray(elastic_net_cd(X, y, 0.2, 0.7, n_iter=k), dtype=float), 0.2, 0.7) for k in range(6)]
    assert all(a >= b - 1e-12 for a, b in zip(values, values[1:])) and values[-1] < values[0], (
        f"coordinate descent never increases the objective: after 0, 1, …, 5 sweeps it should not go up, got {np.round(values, 6)}"
    )

import numpy as np

from exercise import lasso_cd, soft_threshold


def _data():
    rng = np.random.default_rng(5)
    n, d = 60, 8
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3, d)  # columns on different scales
    X -= X.mean(axis=0)
    y = X @ np.array([3.0, 0, 0, -2.0, 0, 0, 1.5, 0]) + rng.normal(0, 1, n)
    return X, y - y.mean()


def check_soft_threshold():
    got = np.asarray(soft_threshold(np.array([-3.0, -0.5, 0.0, 0.5, 3.0]), 1.0), dtype=float)
    expected = np.array([-2.0, 0.0, 0.0, 0.0, 2.0])
    hint = " Negative inputs must shrink towards 0 too: -3 becomes -2." if got.shape == (5,) and got[0] == 0 else ""
    assert got.shape == (5,) and np.allclose(got, expected), f"soft_threshold([-3, -0.5, 0, 0.5, 3], 1) should be {expected.tolist()}, got {got.tolist()}.{hint}"
    assert np.isclose(float(soft_threshold(-1.5, 0.5)), -1.0), f"soft_threshold(-1.5, 0.5) should be -1.0, got {soft_threshold(-1.5, 0.5)}"


def check_orthogonal_design_in_one_sweep():
    rng = np.random.default_rng(2)
    n = 40
    Q, _ = np.linalg.qr(rng.normal(size=(n, 3)))
    X = Q * np.sqrt(n)  # X.T @ X / n is the identity
    y = X @ np.array([1.0, -0.3, 0.05]) + 0.1 * rng.normal(size=n)
    w = np.asarray(lasso_cd(X, y, 0.2, n_iter=1), dtype=float)
    expected = soft_threshold(X.T @ y / n, 0.2)
    assert w.shape == (3,) and np.allclose(w, expected), (
        f"with orthonormal columns (XᵀX/n = I) one sweep of lasso_cd(alpha=0.2) already gives the answer, "
        f"soft_threshold(Xᵀy/n, alpha) = {np.round(expected, 5)}; got {np.round(w, 5)}"
    )


def check_large_alpha_gives_all_zeros():
    X, y = _data()
    alpha_max = np.max(np.abs(X.T @ y)) / len(y)
    w = np.asarray(lasso_cd(X, y, alpha_max * 1.01, n_iter=50), dtype=float)
    assert np.all(w == 0), (
        f"for alpha ≥ max|Xⱼ·y|/n = {alpha_max:.4f} every Lasso weight is exactly 0, but lasso_cd(alpha={alpha_max * 1.01:.4f}) "
        f"returned {np.round(w, 5)}. Is the threshold alpha, with ρ divided by n?"
    )
    w = np.asarray(lasso_cd(X, y, alpha_max * 0.95, n_iter=50), dtype=float)
    assert np.count_nonzero(w) == 1, (
        f"just below alpha_max = {alpha_max:.4f}, exactly one weight should be non-zero, got {np.round(w, 5)}"
    )


def check_optimality_conditions():
    X, y = _data()
    n = len(y)
    w = np.asarray(lasso_cd(X, y, 0.3, n_iter=200), dtype=float)
    assert np.all(np.isfinite(w)) and np.abs(w).max() < 100, (
        f"lasso_cd(alpha=0.3, n_iter=200) blew up to w = {w}: the true weights are about 3, -2 and 1.5. "
        "Divide by zⱼ = Xⱼ·Xⱼ/n (the columns are not normalised) and update the residual after every coordinate"
    )
    g = X.T @ (y - X @ w) / n
    for j in range(X.shape[1]):
        if w[j] != 0:
            assert abs(g[j] - 0.3 * np.sign(w[j])) < 1e-6, (
                f"lasso_cd(alpha=0.3, n_iter=200): w[{j}] = {w[j]:.5f} is non-zero, so Xⱼ·(y − Xw)/n should equal alpha·sign(w[{j}]) = "
                f"{0.3 * np.sign(w[j]):+.1f}, but it is {g[j]:.5f}. Check ρⱼ (add back zⱼ·wⱼ), the division by zⱼ = Xⱼ·Xⱼ/n "
                "(the columns are not normalised), and that the residual is updated after every coordinate"
            )
        else:
            assert abs(g[j]) <= 0.3 + 1e-6, (
                f"lasso_cd(alpha=0.3): w[{j}] = 0, but |Xⱼ·(y − Xw)/n| = {abs(g[j]):.5f} > alpha, so moving w[{j}] off zero would lower the objective"
            )
    assert np.count_nonzero(w) == 3, f"lasso_cd(alpha=0.3) on data with 3 true features should keep exactly 3 non-zero weights, got {np.round(w, 4)}"


def check_correlated_features():
    rng = np.random.default_rng(11)
    n = 50
    base = rng.normal(size=n)
    X = np.column_stack([base + 0.1 * rng.normal(size=n), base + 0.1 * rng.normal(size=n), rng.normal(size=n)])
    X -= X.mean(axis=0)
    y = X @ np.array([1.0, 1.0, -0.5]) + 0.3 * rng.normal(size=n)
    y -= y.mean()
    w = np.asarray(lasso_cd(X, y, 0.05, n_iter=1000), dtype=float)
    expected = np.array([1.05090, 0.92661, -0.41487])
    assert np.all(np.isfinite(w)) and np.allclose(w, expected, atol=1e-4), (
        f"lasso_cd(alpha=0.05, n_iter=1000) with two almost identical columns should converge to w ≈ {expected.tolist()}, got {w}. "
        "Updating every coordinate from the residual of the start of the sweep diverges when features are correlated: "
        "subtract X[:, j] * (new - old) from r right after each coordinate"
    )


def check_sparsity_grows_with_alpha():
    X, y = _data()
    counts = [int(np.count_nonzero(lasso_cd(X, y, a, n_iter=100))) for a in (0.01, 0.3, 1.0, 2.5)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 8 and counts[-1] < 3, (
        f"the number of non-zero Lasso weights for alpha = 0.01, 0.3, 1, 2.5 should shrink from 8 to fewer than 3, got {counts}"
    )

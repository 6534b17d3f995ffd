import math

import numpy as np

from exercise import cdf_from_pdf, mean_and_variance


def check_fair_die():
    mean, var = mean_and_variance(np.arange(1, 7), np.full(6, 1 / 6))
    assert np.isclose(mean, 3.5), f"mean_and_variance of a fair die: E[X] should be 3.5, got {mean}"
    assert np.isclose(var, 35 / 12), f"mean_and_variance of a fair die: Var(X) should be 35/12 ≈ 2.9167, got {var}"


def check_uneven_pmf():
    values = np.array([0.0, 1.0, 10.0])
    pmf = np.array([0.7, 0.2, 0.1])
    mean, var = mean_and_variance(values, pmf)
    assert np.isclose(mean, 1.2), f"mean_and_variance([0, 1, 10], [0.7, 0.2, 0.1]): E[X] = 0·0.7 + 1·0.2 + 10·0.1 = 1.2, got {mean}"
    expected = 0.7 * 1.2**2 + 0.2 * 0.2**2 + 0.1 * 8.8**2
    hint = " That is the unweighted variance of the values: weight each squared deviation by its probability." if np.isclose(var, np.var(values)) else ""
    assert np.isclose(var, expected), (
        f"mean_and_variance([0, 1, 10], [0.7, 0.2, 0.1]): Var(X) = Σ p·(x − 1.2)² = {expected:.4f}, got {var}.{hint}"
    )


def check_rejects_a_bad_pmf():
    for pmf, why in (([0.5, 0.6], "sums to 1.1"), ([1.2, -0.2], "has a negative entry")):
        try:
            mean_and_variance([0.0, 1.0], pmf)
        except ValueError:
            continue
        raise AssertionError(f"mean_and_variance([0, 1], {pmf}) should raise ValueError: that pmf {why}")


def check_cdf_of_a_uniform_density_above_one():
    grid = np.linspace(0.0, 0.5, 11)
    F = np.asarray(cdf_from_pdf(grid, np.full(11, 2.0)))
    assert F.shape == (11,), f"cdf_from_pdf on 11 points should return 11 values, got shape {F.shape}"
    assert F[0] == 0, f"cdf_from_pdf: F at the first grid point should be 0, got {F[0]}"
    assert np.allclose(F, 2.0 * grid), f"cdf_from_pdf of the uniform density 2 on [0, 0.5] should be F(x) = 2x, ending at 1; got {np.round(F, 4)}"


def check_cdf_uses_trapezoids_on_an_uneven_grid():
    grid = np.array([0.0, 1.0, 1.5, 3.0])
    density = np.array([0.0, 0.2, 0.3, 0.6])
    F = np.asarray(cdf_from_pdf(grid, density))
    expected = np.array([0.0, 0.1, 0.225, 0.9])
    assert np.allclose(F, expected), (
        f"cdf_from_pdf(grid={grid.tolist()}, density={density.tolist()}) should be {expected.tolist()} "
        f"(trapezoids 1·(0 + 0.2)/2, 0.5·(0.2 + 0.3)/2, 1.5·(0.3 + 0.6)/2, accumulated), got {np.round(F, 4).tolist()}. "
        "Each interval has its own width: use np.diff(grid)"
    )


def check_cdf_of_a_standard_normal():
    grid = np.concatenate([np.linspace(-8, -2, 40), np.linspace(-2, 3, 400)[1:]])
    density = np.exp(-grid**2 / 2) / math.sqrt(2 * math.pi)
    F = np.asarray(cdf_from_pdf(grid, density))
    for x in (0.0, 1.0, 3.0):
        i = int(np.argmin(np.abs(grid - x)))
        exact = 0.5 * (1 + math.erf(grid[i] / math.sqrt(2)))
        assert abs(F[i] - exact) < 2e-3, f"cdf_from_pdf of the standard normal density: F({grid[i]:.2f}) should be about {exact:.4f}, got {F[i]:.4f}"

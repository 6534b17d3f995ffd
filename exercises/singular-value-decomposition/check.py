import numpy as np

from exercise import low_rank_approximation, smallest_rank


def with_singular_values(m, n, s, seed):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.normal(size=(m, len(s))))
    V, _ = np.linalg.qr(rng.normal(size=(n, len(s))))
    return (U * np.asarray(s, dtype=float)) @ V.T


def check_rank_one_of_a_square_matrix():
    A = with_singular_values(4, 4, [6.0, 3.0, 1.0, 0.5], seed=1)
    U, s, Vt = np.linalg.svd(A)
    expected = s[0] * np.outer(U[:, 0], Vt[0])
    got = np.asarray(low_rank_approximation(A, 1))
    assert got.shape == (4, 4) and np.allclose(got, expected), (
        f"low_rank_approximation(A, 1) of a 4×4 matrix should be s₀ · u₀ v₀ᵀ (first column of U, first row of Vt), shape (4, 4); "
        f"got shape {got.shape}" + (f", off by up to {np.abs(got - expected).max():.4f}" if got.shape == (4, 4) else "")
        + ". Are you keeping the first k rows of Vt (Vt[:k, :]), not its columns?"
    )


def check_recovers_a_matrix_of_low_rank():
    A = with_singular_values(8, 5, [4.0, 2.0], seed=2)  # exactly rank 2
    got = np.asarray(low_rank_approximation(A, 2))
    assert got.shape == (8, 5), f"low_rank_approximation of an (8, 5) matrix should have shape (8, 5), got {got.shape}"
    assert np.allclose(got, A), "low_rank_approximation(A, 2) of a matrix of rank 2 should give back A itself"


def check_error_is_the_dropped_singular_values():
    A = with_singular_values(10, 6, [9.0, 5.0, 4.0, 2.0, 1.0, 0.5], seed=3)
    for k in (1, 3):
        got = np.asarray(low_rank_approximation(A, k))
        assert np.linalg.matrix_rank(got) == k, f"low_rank_approximation(A, {k}) should have rank {k}, got rank {np.linalg.matrix_rank(got)}"
        error = np.linalg.norm(A - got)
        expected = np.sqrt(np.sum(np.array([9.0, 5.0, 4.0, 2.0, 1.0, 0.5])[k:] ** 2))
        assert np.isclose(error, expected), (
            f"low_rank_approximation(A, {k}): the Frobenius error should be √(sum of the dropped s²) = {expected:.4f}, got {error:.4f}. "
            "Are you keeping the k *largest* singular values (the first k)?"
        )


def check_rank_zero():
    A = with_singular_values(3, 5, [2.0, 1.0, 0.5], seed=4)
    got = np.asarray(low_rank_approximation(A, 0))
    assert got.shape == (3, 5) and np.allclose(got, 0), f"low_rank_approximation(A, 0) should be the (3, 5) zero matrix, got shape {got.shape}"


def check_smallest_rank_example():
    A = with_singular_values(6, 4, [10.0, 5.0, 3.0, 1.0], seed=5)  # ‖A‖_F² = 135
    cases = [(0.3, 2, "dropping [3, 1] leaves error² 10 ≤ 0.09 · 135 = 12.15, but dropping [5, 3, 1] leaves 35"),
             (0.2, 3, "dropping [1] leaves error² 1 ≤ 0.04 · 135 = 5.4, but dropping [3, 1] leaves 10"),
             (0.0, 4, "only the full rank has zero error"),
             (1.0, 0, "even k = 0 has error ‖A‖_F, which is within 1 · ‖A‖_F")]
    for tol, expected, why in cases:
        got = smallest_rank(A, tol)
        assert got == expected, f"smallest_rank(A, {tol}) with singular values [10, 5, 3, 1] should be {expected} ({why}), got {got}"


def check_smallest_rank_matches_the_approximation():
    A = np.random.default_rng(6).normal(size=(12, 7))
    k = smallest_rank(A, 0.5)
    error = np.linalg.norm(A - low_rank_approximation(A, k)) / np.linalg.norm(A)
    assert error <= 0.5 + 1e-12, f"smallest_rank(A, 0.5) returned {k}, but the rank-{k} approximation has relative error {error:.3f} > 0.5"
    if k > 0:
        worse = np.linalg.norm(A - low_rank_approximation(A, k - 1)) / np.linalg.norm(A)
        assert worse > 0.5, f"smallest_rank(A, 0.5) returned {k}, but rank {k - 1} already has relative error {worse:.3f} ≤ 0.5: not the smallest"

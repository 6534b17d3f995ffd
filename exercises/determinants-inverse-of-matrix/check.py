import numpy as np

from exercise import determinant, solve


def check_determinant_2x2():
    got = determinant(np.array([[3.0, 8.0], [4.0, 6.0]]))
    hint = " The size is right but the sign is not: partial pivoting swaps the rows here (|4| > |3|), and a swap flips the sign." if np.isclose(got, 14.0) else ""
    assert np.isclose(got, -14.0), f"determinant([[3, 8], [4, 6]]) should be ad - bc = 18 - 32 = -14, got {got}.{hint}"


def check_determinant_needs_a_row_swap():
    got = determinant(np.array([[0.0, 1.0], [1.0, 0.0]]))
    assert np.isfinite(got), f"determinant([[0, 1], [1, 0]]) returned {got}: the first pivot is 0, so swap in a row with a non-zero entry"
    assert np.isclose(got, -1.0), f"determinant([[0, 1], [1, 0]]) should be -1 (one row swap flips the sign), got {got}"
    M = np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [3.0, 0.0, 1.0]])
    got = determinant(M)
    assert np.isclose(got, -5.0), f"determinant([[0, 2, 1], [1, 1, 0], [3, 0, 1]]) should be -5, got {got}. Does every row swap flip the sign?"


def check_determinant_scales_volume():
    got = determinant(2.0 * np.eye(3))
    assert np.isclose(got, 8.0), f"determinant(2·I₃) should be 2³ = 8 (every side of the unit cube doubles), got {got}"
    rng = np.random.default_rng(1)
    M = rng.normal(size=(5, 5))
    got = determinant(M)
    assert np.isclose(got, np.linalg.det(M)), f"determinant of a random 5×5 matrix should be {np.linalg.det(M):.6f}, got {got}"


def check_determinant_of_a_singular_matrix():
    M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])  # row 2 = 2 × row 1
    got = determinant(M)
    assert np.isfinite(got) and abs(got) < 1e-9, f"determinant of a matrix whose second row is twice the first should be 0, got {got}"


def check_solve_small_system():
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    b = np.array([3.0, 5.0])
    x = np.asarray(solve(A, b))
    assert x.shape == (2,) and np.allclose(x, [0.8, 1.4]), f"solve([[2, 1], [1, 3]], [3, 5]) should be [0.8, 1.4], got {x}"


def check_solve_with_a_zero_first_pivot():
    A = np.array([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0], [4.0, -3.0, 8.0]])
    b = np.array([1.0, 2.0, 3.0])
    x = np.asarray(solve(A, b))
    expected = np.linalg.solve(A, b)
    assert np.all(np.isfinite(x)) and np.allclose(x, expected), (
        f"solve(A, b) with A[0, 0] = 0 should be {np.round(expected, 6)}, got {x}. Swap rows (partial pivoting) before dividing by the pivot"
    )


def check_solve_random_system():
    rng = np.random.default_rng(2)
    A = rng.normal(size=(6, 6))
    b = rng.normal(size=6)
    x = np.asarray(solve(A, b))
    assert np.allclose(A @ x, b), f"solve on a random 6×6 system: A @ x should equal b; the residual is {np.abs(A @ x - b).max():.3g}"


def check_solve_leaves_arguments_alone():
    A = np.array([[0.0, 1.0], [2.0, 1.0]])
    b = np.array([1.0, 4.0])
    solve(A, b)
    assert np.array_equal(A, [[0.0, 1.0], [2.0, 1.0]]) and np.array_equal(b, [1.0, 4.0]), (
        f"solve changed its arguments: A is now {A.tolist()}, b is now {b.tolist()}. Work on float copies"
    )


def check_solve_rejects_a_singular_matrix():
    A = np.array([[1.0, 2.0], [2.0, 4.0]])
    try:
        x = solve(A, np.array([1.0, 1.0]))
    except ValueError:
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"solve([[1, 2], [2, 4]], b) should raise ValueError (the matrix is singular), but it raised {type(error).__name__}: {error}") from None
    raise AssertionError(f"solve([[1, 2], [2, 4]], b) should raise ValueError (the rows are parallel, det = 0), but it returned {x}")

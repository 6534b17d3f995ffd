import numpy as np

from exercise import matrix_power, power_iteration


def rotated(eigenvalues, seed):
    """A symmetric matrix with the given eigenvalues and random orthonormal eigenvectors."""
    Q, _ = np.linalg.qr(np.random.default_rng(seed).normal(size=(len(eigenvalues), len(eigenvalues))))
    return Q @ np.diag(eigenvalues) @ Q.T, Q


def check_power_iteration_on_a_diagonal_matrix():
    value, v = power_iteration(np.diag([1.0, 3.0, 2.0]))
    v = np.asarray(v)
    assert np.isfinite(value) and np.all(np.isfinite(v)), (
        f"power_iteration(diag(1, 3, 2)) returned eigenvalue {value} and vector {v}: 3¹⁰⁰⁰ overflows, so normalise v after every multiplication"
    )
    assert np.isclose(value, 3.0, atol=1e-6), f"power_iteration(diag(1, 3, 2)) should find the eigenvalue 3, got {value}"
    assert np.isclose(np.linalg.norm(v), 1.0), f"power_iteration should return an eigenvector of length 1, got length {np.linalg.norm(v):.6f}"
    assert np.isclose(abs(v[1]), 1.0, atol=1e-5), f"power_iteration(diag(1, 3, 2)) should return ±[0, 1, 0] as the eigenvector, got {np.round(v, 6)}"


def check_power_iteration_on_a_symmetric_matrix():
    A, Q = rotated([7.0, 2.0, -1.0, 0.5], seed=4)
    value, v = power_iteration(A)
    v = np.asarray(v)
    assert np.isclose(value, 7.0, atol=1e-6), f"power_iteration on a 4×4 matrix with eigenvalues 7, 2, -1, 0.5 should find 7, got {value}"
    assert np.allclose(A @ v, value * v, atol=1e-6), "power_iteration: the returned vector is not an eigenvector (A @ v differs from eigenvalue · v)"


def check_power_iteration_large_eigenvalue():
    A, _ = rotated([400.0, 30.0, 1.0], seed=5)
    value, v = power_iteration(A)
    v = np.asarray(v)
    assert np.all(np.isfinite(v)) and np.isfinite(value), (
        f"power_iteration on a matrix with eigenvalue 400 returned inf or nan (eigenvalue {value}): normalise v after every multiplication"
    )
    assert np.isclose(value, 400.0), f"power_iteration on a matrix with eigenvalues 400, 30, 1 should find 400, got {value}"


def check_power_iteration_negative_eigenvalue():
    A, _ = rotated([-5.0, 2.0, 1.0], seed=6)
    value, v = power_iteration(A)
    hint = " You found its magnitude: ‖Av‖ loses the sign, the Rayleigh quotient v @ A @ v keeps it." if np.isclose(value, 5.0, atol=1e-4) else ""
    assert np.isclose(value, -5.0, atol=1e-6), f"power_iteration on a matrix with eigenvalues -5, 2, 1 should find -5, got {value}.{hint}"


def check_matrix_power_symmetric():
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    got = np.asarray(matrix_power(A, 5))
    expected = np.linalg.matrix_power(A, 5)
    hint = " That is 5·A: raise the eigenvalues to the power, don't multiply them." if np.allclose(got, 5 * A) else ""
    assert np.allclose(got, expected), f"matrix_power([[2, 1], [1, 2]], 5) should be\n{expected}\ngot\n{np.round(got, 6)}.{hint}"


def check_matrix_power_not_symmetric():
    A = np.array([[4.0, 1.0], [2.0, 3.0]])  # eigenvalues 5 and 2, eigenvectors not orthogonal
    got = np.asarray(matrix_power(A, 6))
    expected = np.linalg.matrix_power(A, 6)
    assert np.allclose(got, expected), (
        f"matrix_power([[4, 1], [2, 3]], 6) should be\n{expected}\ngot\n{np.round(got, 6)}\n"
        "For a non-symmetric matrix the eigenvectors are not orthogonal, so P⁻¹ is not P.T: use np.linalg.inv(P)"
    )
    assert np.isrealobj(got), f"matrix_power should return a real array (take np.real of the result), got dtype {got.dtype}"


def check_matrix_power_zero_and_one():
    A = np.array([[1.0, 2.0, 0.0], [0.0, 3.0, 1.0], [0.0, 0.0, -1.0]])
    assert np.allclose(matrix_power(A, 0), np.eye(3)), "matrix_power(A, 0) should be the identity matrix"
    assert np.allclose(matrix_power(A, 1), A), "matrix_power(A, 1) should be A itself"

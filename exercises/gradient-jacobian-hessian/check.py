import numpy as np

from exercise import hessian, jacobian


def check_jacobian_shape_is_outputs_by_inputs():
    f = lambda v: np.array([v[0] * v[1] * v[2], v[0] ** 2 + v[2]])
    J = np.asarray(jacobian(f, np.array([1.0, 2.0, 3.0])))
    assert J.shape == (2, 3), (
        f"jacobian of f: R³ → R² should have shape (2, 3), one row per output, got {J.shape}"
        + (" (the transpose: did you stack the columns as rows?)" if J.shape == (3, 2) else "")
    )


def check_jacobian_values():
    f = lambda v: np.array([v[0] * v[1] * v[2], v[0] ** 2 + v[2]])
    J = np.asarray(jacobian(f, np.array([1.0, 2.0, 3.0])))
    expected = np.array([[6.0, 3.0, 2.0], [2.0, 0.0, 1.0]])
    assert np.allclose(J, expected, atol=1e-6), (
        f"jacobian of f(x, y, z) = (xyz, x² + z) at (1, 2, 3) should be\n{expected}\n(row i = gradient of output i), got\n{J}"
    )


def check_jacobian_of_a_linear_map_is_its_matrix():
    A = np.array([[1.0, -2.0, 0.5, 4.0], [3.0, 0.0, -1.0, 2.0]])
    J = np.asarray(jacobian(lambda v: A @ v, np.array([0.3, -0.1, 2.0, 1.0])))
    assert J.shape == A.shape and np.allclose(J, A, atol=1e-6), f"jacobian of v ↦ Av should be A itself,\n{A}\ngot\n{J}"


def check_jacobian_leaves_x_alone():
    x = np.array([1.0, 2.0])
    jacobian(lambda v: v * 2, x)
    assert np.array_equal(x, [1.0, 2.0]), f"jacobian changed its argument: x is now {x}"


def check_hessian_of_x2_plus_3xy():
    H = np.asarray(hessian(lambda v: v[0] ** 2 + 3 * v[0] * v[1], np.array([1.0, -2.0])))
    expected = np.array([[2.0, 3.0], [3.0, 0.0]])
    ratio = ""
    if H.shape == (2, 2) and np.allclose(H, 0.5 * expected, atol=1e-3):
        ratio = " Your values are half the right ones: check the divisor (4h² for the four-point formula)."
    elif H.shape == (2, 2) and np.allclose(H, 2 * expected, atol=1e-3):
        ratio = " Your values are twice the right ones: check the divisor (4h² for the four-point formula)."
    elif H.shape == (2, 2) and np.isclose(H[0, 1], 3.0, atol=1e-3) and not np.isclose(H[1, 0], 3.0, atol=1e-3):
        ratio = " Entry [1, 0] is wrong but [0, 1] is right: the Hessian is symmetric, did you fill only one triangle?"
    assert H.shape == (2, 2) and np.allclose(H, expected, atol=1e-4), (
        f"hessian of x² + 3xy at (1, -2) should be [[2, 3], [3, 0]], got\n{np.round(H, 6)}.{ratio}"
    )


def check_hessian_leaves_x_alone():
    x = np.array([0.5, 1.5, -1.0])
    hessian(lambda v: v @ v, x)
    assert np.array_equal(x, [0.5, 1.5, -1.0]), (
        f"hessian changed its argument: x was [0.5, 1.5, -1.0] and is now {x}. Add the steps to a copy (x + step), not in place"
    )


def check_hessian_of_a_quadratic_form():
    A = np.array([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [-2.0, 0.5, 5.0]])
    b = np.array([1.0, -1.0, 2.0])
    f = lambda v: 0.5 * v @ A @ v + b @ v
    H = np.asarray(hessian(f, np.array([0.2, -0.4, 1.0])))
    assert H.shape == (3, 3) and np.allclose(H, A, atol=1e-4), (
        f"hessian of ½xᵀAx + bᵀx (A symmetric) should be A =\n{A}\ngot\n{np.round(H, 6)}"
    )


def check_hessian_of_a_curved_function():
    f = lambda v: np.exp(v[0]) * np.sin(v[1])
    x0, y0 = 0.5, 1.2
    ex, s, c = np.exp(x0), np.sin(y0), np.cos(y0)
    expected = np.array([[ex * s, ex * c], [ex * c, -ex * s]])
    H = np.asarray(hessian(f, np.array([x0, y0])))
    assert H.shape == (2, 2) and np.allclose(H, expected, atol=1e-5), (
        f"hessian of eˣ·sin y at (0.5, 1.2) should be\n{np.round(expected, 6)}\ngot\n{np.round(H, 6)}"
    )
    assert np.allclose(H, H.T, atol=1e-6), f"hessian of eˣ·sin y should be symmetric (∂²f/∂x∂y = ∂²f/∂y∂x), got\n{H}"

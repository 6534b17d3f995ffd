import numpy as np

from exercise import derivative, partial


def check_derivative_of_a_polynomial():
    got = derivative(lambda x: x**3 - 2 * x, 2.0)
    assert np.isclose(got, 10.0, atol=1e-6), f"d/dx (x³ - 2x) at x=2 is 10; derivative returned {got}"


def check_derivative_is_central():
    # A one-sided difference (f(x+h) - f(x)) / h is off by about h·f''(x)/2: 5e-3 here.
    got = derivative(np.exp, 0.0, h=1e-2)
    assert abs(got - 1.0) < 1e-4, f"derivative(exp, 0, h=0.01) returned {got}; a central difference gives 1.0000167 (is it one-sided?)"


def check_partial_derivatives():
    f = lambda v: v[0] ** 2 * v[1] + np.sin(v[1])
    point = np.array([3.0, 0.0])
    dx = partial(f, point, 0)
    dy = partial(f, point, 1)
    assert np.isclose(dx, 0.0, atol=1e-6), f"∂f/∂x of x²y + sin y at (3, 0) is 2xy = 0; partial returned {dx}"
    assert np.isclose(dy, 10.0, atol=1e-5), f"∂f/∂y of x²y + sin y at (3, 0) is x² + cos y = 10; partial returned {dy}"


def check_partial_leaves_the_point_alone():
    point = np.array([1.0, 2.0, 3.0])
    partial(lambda v: v.sum(), point, 1)
    assert np.array_equal(point, [1.0, 2.0, 3.0]), f"partial changed its argument: point is now {point}"

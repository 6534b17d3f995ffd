import math

import numpy as np

from exercise import sigmoid_stack_derivative, value_and_derivative


def numeric(fn, x, h=1e-6):
    return (fn(x + h) - fn(x - h)) / (2 * h)


def check_sin_of_a_quadratic():
    layers = [(lambda x: 3 * x**2 + 1, lambda x: 6 * x), (np.sin, np.cos)]
    value, d = value_and_derivative(layers, 0.5)
    assert np.isclose(value, math.sin(1.75)), f"value_and_derivative for sin(3x² + 1) at x=0.5: value should be sin(1.75) = {math.sin(1.75):.6f}, got {value}"
    expected = math.cos(1.75) * 3.0
    assert np.isclose(d, expected), (
        f"value_and_derivative for sin(3x² + 1) at x=0.5: derivative should be cos(3x² + 1)·6x = cos(1.75)·3 = {expected:.6f}, got {d}. "
        "Is each df evaluated at its own layer's input (cos at 3x² + 1 = 1.75, not at x = 0.5 nor at the output sin(1.75))?"
    )


def check_layers_apply_in_list_order():
    # First square, then add one: (x²) + 1, whose derivative at 3 is 6. In the other order, (x+1)² gives 8.
    layers = [(lambda x: x**2, lambda x: 2 * x), (lambda x: x + 1, lambda x: 1.0)]
    value, d = value_and_derivative(layers, 3.0)
    assert np.isclose(value, 10.0), f"value_and_derivative([square, add one], 3): value should be 3² + 1 = 10, got {value} (are the layers applied in list order?)"
    assert np.isclose(d, 6.0), f"value_and_derivative([square, add one], 3): derivative of x² + 1 at 3 is 6, got {d}"


def check_three_layers_against_a_numerical_derivative():
    layers = [(np.tanh, lambda t: 1 - np.tanh(t) ** 2), (np.exp, np.exp), (lambda t: t**3, lambda t: 3 * t**2)]

    def whole(x):
        return np.exp(np.tanh(x)) ** 3

    for x in (-1.2, 0.0, 0.7):
        value, d = value_and_derivative(layers, x)
        assert np.isclose(value, whole(x)), f"value_and_derivative for (exp(tanh x))³ at x={x}: value should be {whole(x):.6f}, got {value}"
        expected = numeric(whole, x)
        assert np.isclose(d, expected, rtol=1e-5), (
            f"value_and_derivative for (exp(tanh x))³ at x={x}: derivative should be about {expected:.6f} (numerically), got {d}"
        )


def check_no_layers_is_the_identity():
    value, d = value_and_derivative([], 2.5)
    assert value == 2.5 and d == 1.0, f"value_and_derivative([], 2.5) should be (2.5, 1.0): an empty chain is the identity, got ({value}, {d})"


def check_sigmoid_stack():
    def stacked(x, n):
        for _ in range(n):
            x = 1.0 / (1.0 + np.exp(-x))
        return x

    for n in (1, 3):
        got = sigmoid_stack_derivative(0.3, n)
        expected = numeric(lambda t: stacked(t, n), 0.3)
        assert np.isclose(got, expected, rtol=1e-5), f"sigmoid_stack_derivative(0.3, {n}) should be about {expected:.8f}, got {got}. The derivative of σ is σ(t)(1 − σ(t)), with σ(t), not t"


def check_gradient_vanishes():
    got = sigmoid_stack_derivative(0.0, 10)
    assert 0 < got < 0.25**10, (
        f"sigmoid_stack_derivative(0, 10) should be positive and below 0.25¹⁰ ≈ 9.5e-7 (each σ′ is at most 0.25), got {got}"
    )

import numpy as np

from exercise import activation, activation_grad

NAMES = ("sigmoid", "tanh", "relu", "leaky_relu")
XS = np.array([-3.0, -1.5, -0.2, 0.3, 1.0, 2.5])


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=5, suppress_small=True)


def reference(name, x):
    return {"sigmoid": 1 / (1 + np.exp(-x)), "tanh": np.tanh(x), "relu": np.maximum(x, 0), "leaky_relu": np.where(x > 0, x, 0.01 * x)}[name]


def check_values():
    for name in NAMES:
        got = np.asarray(activation(name, XS.copy()))
        expected = reference(name, XS)
        assert got.shape == XS.shape and np.allclose(got, expected), f"activation('{name}', {show(XS)}) should be\n{show(expected)}\ngot\n{show(got)}"


def check_derivatives_against_finite_differences():
    h = 1e-6
    for name in NAMES:
        got = np.asarray(activation_grad(name, XS.copy()))
        expected = (reference(name, XS + h) - reference(name, XS - h)) / (2 * h)
        hint = ""
        if name in ("sigmoid", "tanh"):
            hint = " Use the function's value: σ(x)(1 − σ(x)) and 1 − tanh(x)², not expressions in x itself."
        if name == "leaky_relu":
            hint = " For x ≤ 0 leaky ReLU is 0.01·x, whose slope is 0.01, not 0."
        assert got.shape == XS.shape and np.allclose(got, expected, atol=1e-6), (
            f"activation_grad('{name}', {show(XS)}) should be\n{show(expected)}\ngot\n{show(got)}.{hint}"
        )


def check_slopes_at_zero():
    zero = np.zeros(2)
    for name, expected in (("relu", 0.0), ("leaky_relu", 0.01), ("sigmoid", 0.25), ("tanh", 1.0)):
        got = np.asarray(activation_grad(name, zero.copy()))
        assert np.allclose(got, expected), f"activation_grad('{name}', [0, 0]) should be [{expected}, {expected}] (README: the left slope at 0 for the ReLUs), got {show(got)}"


def check_sigmoid_does_not_overflow():
    x = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    try:
        with np.errstate(over="raise", invalid="raise"):
            got = np.asarray(activation("sigmoid", x))
            grad = np.asarray(activation_grad("sigmoid", x))
    except FloatingPointError as error:
        raise AssertionError(
            f"activation('sigmoid', {show(x)}) overflowed ({error}): np.exp(-x) at x = -1000 is exp(1000) = inf. "
            "Only exponentiate -|x|: for x < 0 use exp(x) / (1 + exp(x))."
        ) from None
    expected = np.array([0.0, 1 / (1 + np.exp(40)), 0.5, 1 / (1 + np.exp(-40)), 1.0])
    assert np.allclose(got, expected, rtol=1e-9, atol=0), f"activation('sigmoid', {x}) should be {expected}, got {got}"
    assert np.allclose(grad, expected * (1 - expected), rtol=1e-9, atol=0), (
        f"activation_grad('sigmoid', {x}) should be {expected * (1 - expected)} (the gradient vanishes where the sigmoid saturates), got {grad}"
    )


def check_any_shape_and_input_untouched():
    x = np.array([[-1.0, 0.5], [2.0, -0.1], [0.0, 3.0]])
    before = x.copy()
    for name in NAMES:
        for fn in (activation, activation_grad):
            got = np.asarray(fn(name, x))
            assert got.shape == (3, 2), f"{fn.__name__}('{name}', x) for x of shape (3, 2) should return shape (3, 2), got {got.shape}"
            assert np.array_equal(x, before), f"{fn.__name__}('{name}', x) changed x: it should return a new array, x is now\n{show(x)}"


def check_unknown_name():
    for fn in (activation, activation_grad):
        try:
            fn("softsign", np.ones(2))
        except ValueError:
            continue
        except Exception as error:  # noqa: BLE001
            raise AssertionError(f"{fn.__name__}('softsign', ...) should raise ValueError, but raised {type(error).__name__}: {error}") from None
        raise AssertionError(f"{fn.__name__}('softsign', ...) should raise ValueError for an unknown name, but it returned")

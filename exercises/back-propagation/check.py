import numpy as np

from exercise import loss_and_gradients, numerical_gradient

RNG = np.random.default_rng(42)
X = RNG.normal(size=(6, 4))
Y = RNG.normal(size=(6, 2))
PARAMS = {"W1": RNG.normal(scale=0.8, size=(5, 4)), "b1": RNG.normal(scale=0.5, size=5),
          "W2": RNG.normal(scale=0.8, size=(2, 5)), "b2": RNG.normal(scale=0.5, size=2)}


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=5, suppress_small=True)


def reference_loss(params):
    A1 = np.tanh(X @ params["W1"].T + params["b1"])
    return np.sum((A1 @ params["W2"].T + params["b2"] - Y) ** 2) / (2 * len(X))


def finite_difference(name, h=1e-6):
    grad = np.zeros_like(PARAMS[name])
    for i in np.ndindex(grad.shape):
        for sign in (1, -1):
            p = {k: v.copy() for k, v in PARAMS.items()}
            p[name][i] += sign * h
            grad[i] += sign * reference_loss(p) / (2 * h)
    return grad


def check_numerical_gradient_of_a_vector_function():
    c = np.array([1.0, 2.0, 3.0])
    x = np.array([0.5, -1.0, 2.0])
    got = np.asarray(numerical_gradient(lambda v: np.sum(c * v**2), x))
    assert got.shape == (3,) and np.allclose(got, 2 * c * x, atol=1e-5), (
        f"numerical_gradient of f(v) = v₀² + 2v₁² + 3v₂² at [0.5, -1, 2] should be [1, -4, 12], got {show(got)}"
    )
    assert np.array_equal(x, [0.5, -1.0, 2.0]), f"numerical_gradient changed its argument x: it is now {x}. Nudge a copy, or put each entry back."


def check_numerical_gradient_of_a_matrix_function():
    A = np.array([[0.1, 0.2, 0.3], [1.0, -1.0, 0.0]])
    got = np.asarray(numerical_gradient(lambda M: np.sum(np.sin(M)), A))
    assert got.shape == (2, 3) and np.allclose(got, np.cos(A), atol=1e-6), (
        f"numerical_gradient of f(M) = Σ sin(Mᵢⱼ) for a (2, 3) matrix should be cos(M) with shape (2, 3), got shape {got.shape}:\n{show(got)}"
    )


def check_loss():
    loss, grads = loss_and_gradients(X, Y, PARAMS)
    expected = reference_loss(PARAMS)
    assert np.isclose(loss, expected), (
        f"loss_and_gradients: the loss for the check's batch of 6 should be Σ(Ŷ − Y)² / (2·6) = {expected:.6f}, got {loss}"
    )
    assert set(grads) == {"W1", "b1", "W2", "b2"}, f"loss_and_gradients: grads should have the keys W1, b1, W2, b2, got {sorted(grads)}"
    for name, value in PARAMS.items():
        assert np.shape(grads[name]) == value.shape, f"loss_and_gradients: grads['{name}'] should have the shape of {name}, {value.shape}, got {np.shape(grads[name])}"


def check_output_layer_gradients():
    _, grads = loss_and_gradients(X, Y, PARAMS)
    for name in ("b2", "W2"):
        expected = finite_difference(name)
        got = np.asarray(grads[name])
        ratio = np.median(got / expected) if np.all(np.abs(expected) > 1e-8) else 1
        hint = f" Yours is about {ratio:.3g} times too big: is dL/dŶ divided by n = 6?" if np.isclose(ratio, 6, rtol=0.05) else ""
        assert np.allclose(got, expected, atol=1e-6), f"loss_and_gradients: grads['{name}'] should be (by finite differences)\n{show(expected)}\ngot\n{show(got)}.{hint}"


def check_hidden_layer_gradients():
    _, grads = loss_and_gradients(X, Y, PARAMS)
    for name in ("b1", "W1"):
        expected = finite_difference(name)
        got = np.asarray(grads[name])
        assert np.allclose(got, expected, atol=1e-6), (
            f"loss_and_gradients: grads['{name}'] should be (by finite differences)\n{show(expected)}\ngot\n{show(got)}\n"
            "Through tanh the local derivative is 1 − A1² with A1 = tanh(Z1), the stored activation (not 1 − Z1²)."
        )


def check_gradient_check_with_your_own_tools():
    _, grads = loss_and_gradients(X, Y, PARAMS)

    def loss_of(name):
        def f(value):
            return loss_and_gradients(X, Y, {**PARAMS, name: value})[0]
        return f

    for name in ("W1", "b2"):
        numeric = np.asarray(numerical_gradient(loss_of(name), PARAMS[name]))
        analytic = np.asarray(grads[name])
        rel = np.linalg.norm(numeric - analytic) / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12)
        assert rel < 1e-6, f"gradient check for {name}: the relative error between numerical_gradient and back-propagation is {rel:.2e}, should be below 1e-6"

import numpy as np

from exercise import lstm_forward, lstm_step

D_IN, H = 3, 2
RNG = np.random.default_rng(17)
W = RNG.normal(scale=0.7, size=(4 * H, D_IN))
U = RNG.normal(scale=0.7, size=(4 * H, H))
B = RNG.normal(scale=0.3, size=4 * H)
X = np.array([0.4, -0.9, 1.2])
H_PREV = np.array([0.5, -0.3])
C_PREV = np.array([1.5, -0.8])


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def sig(t):
    return 1 / (1 + np.exp(-t))


def reference_step(x, h, c, b=B):
    a = W @ x + U @ h + b
    i, f, g, o = sig(a[:H]), sig(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), sig(a[3 * H:])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def biases(i=0.0, f=0.0, g=0.0, o=0.0):
    return B + np.repeat([i, f, g, o], H)


def check_remembering_keeps_the_cell_state():
    b = biases(i=-40, f=40)
    h_new, c_new = lstm_step(X, H_PREV, C_PREV, W, U, b)
    assert np.allclose(c_new, C_PREV, atol=1e-8), (
        f"lstm_step with the forget gate open (f ≈ 1) and the input gate shut (i ≈ 0) should keep c = {show(C_PREV)}, got c' = {show(c_new)}. "
        "The blocks of W·x + U·h + b are in the order i, f, g, o, and c' = f ⊙ c + i ⊙ g."
    )
    expected_h = reference_step(X, H_PREV, C_PREV, b)[0]
    o = sig((W @ X + U @ H_PREV + b)[3 * H:])
    if np.allclose(h_new, o * C_PREV, atol=1e-8):
        hint = " That is o ⊙ c': squash the cell state first, h' = o ⊙ tanh(c')."
    else:
        hint = " Is the output gate o the last block, a[3H:4H] (order i, f, g, o)?"
    assert np.allclose(h_new, expected_h, atol=1e-8), (
        f"lstm_step with c' = c = {show(C_PREV)} should give h' = o ⊙ tanh(c') = {show(expected_h)}, got {show(h_new)}.{hint}"
    )


def check_forgetting_takes_the_candidate():
    b = biases(i=40, f=-40)
    _, c_new = lstm_step(X, H_PREV, C_PREV, W, U, b)
    a = W @ X + U @ H_PREV + b
    expected = np.tanh(a[2 * H:3 * H])
    hint = " Those values are between 0 and 1: g uses tanh, not the sigmoid." if np.allclose(c_new, sig(a[2 * H:3 * H]), atol=1e-8) else ""
    assert np.allclose(c_new, expected, atol=1e-8), (
        f"lstm_step with the forget gate shut (f ≈ 0) and the input gate open (i ≈ 1) should set c' to the candidate g = tanh(a[2H:3H]) = {show(expected)}, "
        f"got {show(c_new)}.{hint}"
    )


def check_closed_output_gate_hides_the_state():
    b = biases(o=-40)
    h_new, c_new = lstm_step(X, H_PREV, C_PREV, W, U, b)
    assert np.allclose(h_new, 0.0, atol=1e-8) and not np.allclose(c_new, 0.0), (
        f"lstm_step with the output gate shut (o ≈ 0) should output h' ≈ 0 while the cell state c' stays non-zero; got h' = {show(h_new)}, c' = {show(c_new)}. "
        "The output gate is the last block, a[3H:4H]."
    )


def check_step():
    h_new, c_new = lstm_step(X, H_PREV, C_PREV, W, U, B)
    eh, ec = reference_step(X, H_PREV, C_PREV)
    assert np.shape(h_new) == (H,) and np.shape(c_new) == (H,), f"lstm_step should return (h', c') of shapes ({H},) and ({H},), got {np.shape(h_new)} and {np.shape(c_new)}"
    assert np.allclose(c_new, ec) and np.allclose(h_new, eh), f"lstm_step with random weights should give h' = {show(eh)}, c' = {show(ec)}, got h' = {show(h_new)}, c' = {show(c_new)}"


def check_sequence_and_long_memory():
    xs = np.random.default_rng(18).normal(size=(6, D_IN))
    hs, c_last = lstm_forward(xs, H_PREV, C_PREV, W, U, B)
    h, c, expected = H_PREV, C_PREV, []
    for x in xs:
        h, c = reference_step(x, h, c)
        expected.append(h)
    hs = np.asarray(hs)
    assert hs.shape == (6, H), f"lstm_forward of 6 inputs should return hidden states of shape (6, {H}), got {hs.shape}"
    assert np.allclose(hs, expected) and np.allclose(c_last, c), (
        f"lstm_forward over 6 steps should give the states\n{show(expected)}\nand last cell state {show(c)}, got\n{show(hs)}\nand {show(c_last)}. "
        "Carry both h and c from each step to the next."
    )
    long_xs = np.random.default_rng(19).normal(size=(200, D_IN))
    _, c_200 = lstm_forward(long_xs, H_PREV, C_PREV, W, U, biases(i=-40, f=40))
    assert np.allclose(c_200, C_PREV, atol=1e-6), (
        f"lstm_forward over 200 steps with f ≈ 1 and i ≈ 0 should still hold the first cell state {show(C_PREV)}, got {show(c_200)}"
    )

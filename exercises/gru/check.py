import numpy as np

from exercise import gru_forward, gru_step

D_IN, H = 3, 4


def make_params(seed, **overrides):
    rng = np.random.default_rng(seed)
    p = {}
    for g in "zrn":
        p["W" + g] = rng.normal(scale=0.7, size=(H, D_IN))
        p["U" + g] = rng.normal(scale=0.7, size=(H, H))
        p["b" + g] = rng.normal(scale=0.3, size=H)
    p.update(overrides)
    return p


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def sig(t):
    return 1 / (1 + np.exp(-t))


def reference_step(x, h, p):
    z = sig(p["Wz"] @ x + p["Uz"] @ h + p["bz"])
    r = sig(p["Wr"] @ x + p["Ur"] @ h + p["br"])
    n = np.tanh(p["Wn"] @ x + p["Un"] @ (r * h) + p["bn"])
    return (1 - z) * n + z * h


X = np.array([0.5, -1.0, 0.8])
H_PREV = np.array([0.3, -0.6, 0.9, -0.2])


def check_open_update_gate_keeps_the_state():
    p = make_params(11, bz=np.full(H, 40.0))
    got = np.asarray(gru_step(X, H_PREV, p))
    assert got.shape == (H,) and np.allclose(got, H_PREV, atol=1e-8), (
        f"gru_step with bz = 40 (z ≈ 1) should return the old state {show(H_PREV)} unchanged, got {show(got)}. "
        "The new state is (1 − z)·n + z·h: z is the share of the old state that is kept."
    )


def check_closed_update_gate_takes_the_candidate():
    p = make_params(12, bz=np.full(H, -40.0))
    got = np.asarray(gru_step(X, H_PREV, p))
    expected = reference_step(X, H_PREV, p)
    assert np.allclose(got, expected, atol=1e-8), (
        f"gru_step with bz = -40 (z ≈ 0) should return the candidate n = tanh(Wn·x + Un·(r ⊙ h) + bn) = {show(expected)}, "
        f"got {show(got)}. Is the reset gate r applied to h before Un?"
    )


def check_closed_reset_gate_ignores_the_old_state():
    p = make_params(13, bz=np.full(H, -40.0), br=np.full(H, -40.0))
    got = np.asarray(gru_step(X, H_PREV, p))
    expected = np.tanh(p["Wn"] @ X + p["bn"])
    assert np.allclose(got, expected, atol=1e-8), (
        f"gru_step with z ≈ 0 and br = -40 (r ≈ 0) should return tanh(Wn·x + bn) = {show(expected)}: the reset gate zeroes the old state "
        f"inside the candidate, Un·(r ⊙ h). Got {show(got)}"
    )


def check_step():
    p = make_params(14)
    got = np.asarray(gru_step(X, H_PREV, p))
    expected = reference_step(X, H_PREV, p)
    assert got.shape == (H,) and np.allclose(got, expected), (
        f"gru_step with random weights should give {show(expected)}, got {show(got)}. "
        "Check each formula of the README: r multiplies h before Un, and z weighs the old state."
    )


def check_sequence():
    p = make_params(15)
    xs = np.random.default_rng(16).normal(size=(5, D_IN))
    h, expected = H_PREV, []
    for x in xs:
        h = reference_step(x, h, p)
        expected.append(h)
    got = np.asarray(gru_forward(xs, H_PREV, p))
    assert got.shape == (5, H), f"gru_forward of 5 inputs with H = {H} should return shape (5, {H}), got {got.shape}"
    assert np.allclose(got, np.array(expected)), f"gru_forward over 5 steps should give\n{show(expected)}\ngot\n{show(got)}\nEach step must start from the previous step's state."

import numpy as np

from exercise import clip_by_global_norm, rnn_forward

RNG = np.random.default_rng(10)
D_IN, H, T = 3, 4, 6
W = RNG.normal(scale=0.6, size=(H, D_IN))
U = RNG.normal(scale=0.6, size=(H, H))
B = RNG.normal(scale=0.2, size=H)
XS = RNG.normal(size=(T, D_IN))
H0 = RNG.normal(scale=0.5, size=H)


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def reference(xs, h0):
    h, out = h0, []
    for x in xs:
        h = np.tanh(W @ x + U @ h + B)
        out.append(h)
    return np.array(out)


def check_one_step_by_hand():
    W1 = np.array([[1.0, 0.0], [0.0, 2.0]])
    U1 = np.array([[0.0, 1.0], [0.5, 0.0]])
    got = np.asarray(rnn_forward(np.array([[0.5, -0.25]]), np.array([0.1, 0.3]), W1, U1, np.array([0.0, 0.2])))
    expected = np.tanh(np.array([[0.5 + 0.3, -0.5 + 0.05 + 0.2]]))
    hint = ""
    if got.shape == (1, 2) and np.allclose(got, np.tanh([[0.5 + 0.15, -0.5 + 0.1 + 0.2]])):
        hint = " That is h @ U: the recurrent term is U @ h (row i of U times h)."
    assert got.shape == (1, 2) and np.allclose(got, expected), (
        f"rnn_forward of one step x=[0.5, -0.25] from h0=[0.1, 0.3] with W=[[1, 0], [0, 2]], U=[[0, 1], [0.5, 0]], b=[0, 0.2] "
        f"should be [[tanh(0.8), tanh(-0.25)]] = {show(expected)}, got {show(got)}.{hint}"
    )


def check_sequence():
    got = np.asarray(rnn_forward(XS, H0, W, U, B))
    expected = reference(XS, H0)
    assert got.shape == (T, H), f"rnn_forward of a sequence of {T} inputs with hidden size {H} should return shape ({T}, {H}), one state per step, got {got.shape}"
    hint = ""
    if np.allclose(got[0], expected[0]) and not np.allclose(got[1], expected[1]):
        first_only = np.array([np.tanh(W @ x + U @ H0 + B) for x in XS])
        if np.allclose(got, first_only):
            hint = " Every step used h0: feed each new state into the next step."
    assert np.allclose(got, expected), f"rnn_forward over {T} steps: the states should be\n{show(expected)}\ngot\n{show(got)}.{hint}"


def check_state_carries_the_past():
    changed = XS.copy()
    changed[0] += 1.0
    a = np.asarray(rnn_forward(XS, H0, W, U, B))
    b = np.asarray(rnn_forward(changed, H0, W, U, B))
    assert not np.allclose(a[-1], b[-1]), "rnn_forward: changing only the first input should change the last hidden state, because the state carries it forward"


def check_clip_leaves_small_gradients_alone():
    grads = [np.array([0.3, -0.4]), np.array([[0.0, 0.0]])]
    clipped, norm = clip_by_global_norm(grads, 1.0)
    assert np.isclose(norm, 0.5), f"clip_by_global_norm: the global norm of [0.3, -0.4] and [[0, 0]] is 0.5, got {norm}"
    assert all(np.allclose(c, g) for c, g in zip(clipped, grads)), f"clip_by_global_norm with norm 0.5 ≤ max_norm 1 should return the gradients unchanged, got {[show(c) for c in clipped]}"


def check_clip_scales_everything_by_one_factor():
    grads = [np.array([3.0, 0.0]), np.array([[0.0, 4.0], [0.0, 12.0]])]
    originals = [g.copy() for g in grads]
    clipped, norm = clip_by_global_norm(grads, 6.5)
    assert np.isclose(norm, 13.0), f"clip_by_global_norm: the global norm of [3, 0] and [[0, 4], [0, 12]] is √(9 + 16 + 144) = 13, got {norm}"
    expected = [g * 0.5 for g in originals]
    assert len(clipped) == 2 and all(np.shape(c) == np.shape(e) and np.allclose(c, e) for c, e in zip(clipped, expected)), (
        f"clip_by_global_norm with global norm 13 and max_norm 6.5 should halve every array: {[show(e) for e in expected]}, "
        f"got {[show(c) for c in clipped]}. Use one norm over all arrays and one factor max_norm / norm; clipping arrays separately "
        "changes the gradient's direction."
    )
    assert all(np.array_equal(g, o) for g, o in zip(grads, originals)), "clip_by_global_norm changed the arrays it was given; return scaled copies"

import numpy as np

from exercise import causal_mask, layer_norm, transformer_block

N, D, D_FF = 5, 8, 16


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def params(seed):
    rng = np.random.default_rng(seed)
    p = {k: rng.normal(scale=1 / np.sqrt(D), size=(D, D)) for k in ("Wq", "Wk", "Wv", "Wo")}
    p.update(W1=rng.normal(scale=1 / np.sqrt(D), size=(D, D_FF)), c1=rng.normal(scale=0.1, size=D_FF),
             W2=rng.normal(scale=1 / np.sqrt(D_FF), size=(D_FF, D)), c2=rng.normal(scale=0.1, size=D),
             g1=1 + rng.normal(scale=0.1, size=D), b1=rng.normal(scale=0.1, size=D),
             g2=1 + rng.normal(scale=0.1, size=D), b2=rng.normal(scale=0.1, size=D))
    return p


def ref_ln(x, g, b, eps=1e-5):
    return (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + eps) * g + b


def ref_block(x, p, causal):
    s = (x @ p["Wq"]) @ (x @ p["Wk"]).T / np.sqrt(D)
    if causal:
        s = np.where(np.tril(np.ones((len(x), len(x)), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(-1, keepdims=True))
    a = (w / w.sum(-1, keepdims=True)) @ (x @ p["Wv"]) @ p["Wo"]
    x1 = ref_ln(x + a, p["g1"], p["b1"])
    return ref_ln(x1 + np.maximum(x1 @ p["W1"] + p["c1"], 0) @ p["W2"] + p["c2"], p["g2"], p["b2"])


X = np.random.default_rng(30).normal(size=(N, D)) * 2 + 1


def check_layer_norm_by_hand():
    x = np.array([[0.0, 2.0, 2.0, 8.0], [-1.0, -1.0, 1.0, 1.0]])
    got = np.asarray(layer_norm(x, np.ones(4), np.zeros(4), eps=0.0))
    expected = np.array([[-1.0, -1 / 3, -1 / 3, 5 / 3], [-1.0, -1.0, 1.0, 1.0]])
    hint = ""
    if got.shape == x.shape and np.allclose(got, (x - x.mean(0)) / x.std(0)):
        hint = " These are statistics down each column (over the tokens); layer norm uses each row's own mean and variance (axis -1)."
    elif got.shape == x.shape and np.allclose(got, (x - x.mean(1, keepdims=True)) / x.std(1, ddof=1, keepdims=True)):
        hint = " Use the population variance (divide by d, np.var's default), not ddof=1."
    assert got.shape == x.shape and np.allclose(got, expected), (
        f"layer_norm([[0, 2, 2, 8], [-1, -1, 1, 1]], gamma=1, beta=0, eps=0) should be\n{show(expected)}\n"
        f"(row 0: mean 3, variance (9 + 1 + 1 + 25) / 4 = 9, standard deviation 3), got\n{show(got)}.{hint}"
    )


def check_layer_norm_scale_shift_and_eps():
    x = np.array([[0.0, 2.0], [5.0, 5.0]])
    got = np.asarray(layer_norm(x, np.array([2.0, 3.0]), np.array([0.5, -0.5])))
    expected = ref_ln(x, np.array([2.0, 3.0]), np.array([0.5, -0.5]))
    assert np.all(np.isfinite(got)) and np.allclose(got, expected), (
        f"layer_norm([[0, 2], [5, 5]], gamma=[2, 3], beta=[0.5, -0.5]) should be\n{show(expected)}\n"
        f"(a constant row has variance 0: eps inside the square root keeps it finite), got\n{show(got)}"
    )


def check_causal_mask():
    got = np.asarray(causal_mask(4))
    expected = np.tril(np.ones((4, 4), dtype=bool))
    hint = " That lets each position see the future and not the past: row i is the query, column j the key." if np.array_equal(got, expected.T) else ""
    assert got.shape == (4, 4) and got.dtype == bool and np.array_equal(got, expected), (
        f"causal_mask(4) should be a boolean array, True where j ≤ i:\n{expected.astype(int)}\ngot\n{got.astype(int)}.{hint}"
    )


def check_block():
    p = params(31)
    got = np.asarray(transformer_block(X, p))
    expected = ref_block(X, p, causal=False)
    assert got.shape == (N, D), f"transformer_block of x ({N}, {D}) should return ({N}, {D}), got {got.shape}"
    assert np.allclose(got, expected), (
        f"transformer_block (not causal): the first row should be {show(expected[0])}, got {show(got[0])}. "
        "Check both residual connections (x + a, x1 + f) and that each layer_norm uses its own gamma and beta."
    )


def check_causal_block():
    p = params(32)
    got = np.asarray(transformer_block(X, p, causal=True))
    expected = ref_block(X, p, causal=True)
    assert np.allclose(got, expected), f"transformer_block with causal=True: the first row should be {show(expected[0])}, got {show(got[0])}"
    changed = X.copy()
    changed[-1] += 3.0
    again = np.asarray(transformer_block(changed, p, causal=True))
    assert np.allclose(again[:-1], got[:-1]), "transformer_block with causal=True: changing the last token changed the outputs of earlier positions, which must not see the future"
    free = np.asarray(transformer_block(changed, p, causal=False))
    assert not np.allclose(free[:-1], np.asarray(transformer_block(X, p, causal=False))[:-1]), (
        "transformer_block with causal=False: changing the last token should change earlier outputs too (every position sees every other)"
    )

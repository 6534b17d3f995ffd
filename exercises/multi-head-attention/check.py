import numpy as np

from exercise import merge_heads, multi_head_attention, split_heads


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def softmax_rows(s):
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def reference_mha(X, Wq, Wk, Wv, Wo, h, mask=None):
    d_k = X.shape[1] // h
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    heads = []
    for j in range(h):
        cols = slice(j * d_k, (j + 1) * d_k)
        s = Q[:, cols] @ K[:, cols].T / np.sqrt(d_k)
        if mask is not None:
            s = np.where(mask, s, -np.inf)
        heads.append(softmax_rows(s) @ V[:, cols])
    return np.concatenate(heads, axis=1) @ Wo


def weights(seed, d):
    rng = np.random.default_rng(seed)
    return [rng.normal(scale=1 / np.sqrt(d), size=(d, d)) for _ in range(4)]


def check_split_heads():
    X = np.arange(12, dtype=float).reshape(2, 6)
    got = np.asarray(split_heads(X, 3))
    expected = np.array([[[0, 1], [6, 7]], [[2, 3], [8, 9]], [[4, 5], [10, 11]]], dtype=float)
    hint = ""
    if got.shape == (3, 2, 2) and np.allclose(got, X.reshape(3, 2, 2)):
        hint = " A direct reshape to (n_heads, n, d_k) mixes rows: reshape to (n, n_heads, d_k) first, then transpose."
    assert got.shape == (3, 2, 2) and np.allclose(got, expected), (
        f"split_heads([[0 … 5], [6 … 11]], 3) should give head 0 = columns 0–1, head 1 = columns 2–3, head 2 = columns 4–5:\n"
        f"{show(expected)}\ngot\n{show(got)}.{hint}"
    )


def check_merge_undoes_split():
    X = np.random.default_rng(23).normal(size=(5, 8))
    for h in (1, 2, 4, 8):
        back = np.asarray(merge_heads(split_heads(X, h)))
        assert back.shape == (5, 8) and np.allclose(back, X), f"merge_heads(split_heads(X, {h})) should give X (5, 8) back, got shape {back.shape}{'' if back.shape != (5, 8) else ' with the numbers scrambled: transpose (n_heads, n, d_k) to (n, n_heads, d_k) before reshaping'}"
    Z = np.arange(12, dtype=float).reshape(3, 2, 2)
    got = np.asarray(merge_heads(Z))
    expected = np.array([[0, 1, 4, 5, 8, 9], [2, 3, 6, 7, 10, 11]], dtype=float)
    assert np.allclose(got, expected), f"merge_heads of 3 heads of shape (2, 2) should put each position's head outputs side by side:\n{show(expected)}\ngot\n{show(got)}"


def check_indivisible_width():
    try:
        split_heads(np.ones((3, 6)), 4)
    except ValueError:
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"split_heads of width 6 into 4 heads should raise ValueError, but raised {type(error).__name__}: {error}") from None
    raise AssertionError("split_heads of width 6 into 4 heads should raise ValueError (6 is not divisible by 4), but it returned")


def check_one_head_is_plain_attention():
    X = np.random.default_rng(24).normal(size=(4, 6))
    Wq, Wk, Wv, Wo = weights(25, 6)
    got = np.asarray(multi_head_attention(X, Wq, Wk, Wv, Wo, 1))
    expected = reference_mha(X, Wq, Wk, Wv, Wo, 1)
    assert got.shape == (4, 6) and np.allclose(got, expected), (
        f"multi_head_attention with 1 head should be softmax(QKᵀ/√6) V Wo; its first row is {show(expected[0])}, got shape {got.shape}, first row {show(got[0])}"
    )


def check_several_heads():
    X = np.random.default_rng(26).normal(size=(5, 8))
    Wq, Wk, Wv, Wo = weights(27, 8)
    got = np.asarray(multi_head_attention(X, Wq, Wk, Wv, Wo, 4))
    expected = reference_mha(X, Wq, Wk, Wv, Wo, 4)
    assert got.shape == (5, 8), f"multi_head_attention of X (5, 8) with 4 heads should return shape (5, 8), got {got.shape}"
    assert np.allclose(got, expected), (
        f"multi_head_attention with 4 heads of width 2: the first row should be {show(expected[0])}, got {show(got[0])}. "
        "Each head attends with its own 2 columns of Q, K and V, scaled by √2."
    )


def check_mask_reaches_every_head():
    X = np.random.default_rng(28).normal(size=(4, 8))
    Wq, Wk, Wv, Wo = weights(29, 8)
    mask = np.tril(np.ones((4, 4), dtype=bool))
    got = np.asarray(multi_head_attention(X, Wq, Wk, Wv, Wo, 2, mask))
    expected = reference_mha(X, Wq, Wk, Wv, Wo, 2, mask)
    assert np.allclose(got, expected), f"multi_head_attention with a causal mask and 2 heads should give first row {show(expected[0])}, got {show(got[0])}. Pass the mask to attention."

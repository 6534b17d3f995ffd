import numpy as np

from exercise import scaled_dot_product_attention, self_attention


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def reference(Q, K, V, mask=None, scale=True):
    s = Q @ K.T / (np.sqrt(K.shape[1]) if scale else 1.0)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    return w @ V, w


def check_small_example():
    Q = np.array([[2.0, 0.0], [0.0, 0.0]])
    K = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    V = np.array([[1.0, 0.0], [0.0, 1.0], [5.0, 5.0]])
    out, w = scaled_dot_product_attention(Q, K, V)
    e, ew = reference(Q, K, V)
    w = np.asarray(w)
    hint = ""
    if w.shape == (2, 3) and not np.allclose(w.sum(axis=1), 1):
        hint = " Each row of weights should sum to 1: take the softmax over the keys (axis 1)."
    elif w.shape == (2, 3) and np.allclose(w, reference(Q, K, V, scale=False)[1]):
        hint = " These weights come from unscaled scores: divide QKᵀ by √d_k = √2."
    assert w.shape == (2, 3) and np.allclose(w, ew), (
        f"scaled_dot_product_attention: for Q={Q.tolist()}, K={K.tolist()} the scores are QKᵀ/√2 and the weights\n{show(ew)}\n"
        f"(the second query is all zeros, so it attends equally), got\n{show(w)}.{hint}"
    )
    assert np.allclose(out, e), f"scaled_dot_product_attention: the output should be weights @ V =\n{show(e)}\ngot\n{show(out)}"


def check_scaling_by_root_d():
    rng = np.random.default_rng(20)
    Q, K, V = rng.normal(size=(4, 16)), rng.normal(size=(6, 16)), rng.normal(size=(6, 3))
    out, w = scaled_dot_product_attention(Q, K, V)
    e, ew = reference(Q, K, V)
    hint = " These are the weights without the 1/√d_k scaling (d_k = 16: divide the scores by 4)." if np.allclose(w, reference(Q, K, V, scale=False)[1]) else ""
    assert np.shape(out) == (4, 3), f"scaled_dot_product_attention with Q (4, 16), K (6, 16), V (6, 3) should return an output of shape (4, 3), got {np.shape(out)}"
    assert np.allclose(w, ew) and np.allclose(out, e), f"scaled_dot_product_attention with d_k = 16: the weights of the first query should be {show(ew[0])}, got {show(np.asarray(w)[0])}.{hint}"


def check_mask():
    rng = np.random.default_rng(21)
    Q, K, V = rng.normal(size=(4, 8)), rng.normal(size=(4, 8)), rng.normal(size=(4, 2))
    mask = np.tril(np.ones((4, 4), dtype=bool))
    out, w = scaled_dot_product_attention(Q, K, V, mask)
    e, ew = reference(Q, K, V, mask)
    w = np.asarray(w)
    assert np.all(w[~mask] == 0), f"scaled_dot_product_attention with a lower-triangular (causal) mask: weights where the mask is False should be exactly 0, got\n{show(w)}"
    hint = " Rows no longer sum to 1: mask the scores with -inf before the softmax instead of zeroing weights after it." if not np.allclose(w.sum(axis=1), 1) else ""
    assert np.allclose(w, ew) and np.allclose(out, e), f"scaled_dot_product_attention with a causal mask should give the weights\n{show(ew)}\ngot\n{show(w)}.{hint}"


def check_large_scores_stay_finite():
    Q = np.array([[100.0, 0.0], [0.0, 100.0]])
    K = np.array([[100.0, 0.0], [0.0, 100.0], [-100.0, 0.0]])
    V = np.array([[1.0], [2.0], [3.0]])
    with np.errstate(all="ignore"):
        out, w = scaled_dot_product_attention(Q, K, V)
    assert np.all(np.isfinite(w)) and np.allclose(out, [[1.0], [2.0]]), (
        f"scaled_dot_product_attention with scores around 7000: the weights should be finite one-hot rows and the output [[1], [2]], got\n{show(out)}\n"
        "Subtract each row's maximum score before np.exp."
    )


def check_self_attention():
    rng = np.random.default_rng(22)
    X = rng.normal(size=(5, 6))
    Wq, Wk, Wv = rng.normal(size=(6, 4)), rng.normal(size=(6, 4)), rng.normal(size=(6, 3))
    out, w = self_attention(X, Wq, Wk, Wv)
    e, ew = reference(X @ Wq, X @ Wk, X @ Wv)
    assert np.shape(out) == (5, 3) and np.allclose(out, e) and np.allclose(w, ew), (
        f"self_attention of X (5, 6) with Wq, Wk (6, 4) and Wv (6, 3) should return an output (5, 3) equal to attention with Q = X Wq, K = X Wk, V = X Wv; "
        f"its first row is {show(e[0])}, got shape {np.shape(out)}, first row {show(np.asarray(out)[0])}"
    )
    order = np.array([3, 0, 4, 1, 2])
    out_permuted, _ = self_attention(X[order], Wq, Wk, Wv)
    assert np.allclose(out_permuted, np.asarray(out)[order]), (
        "self_attention: permuting the rows of X should permute the output rows the same way (attention by itself ignores order, hence positional encodings)"
    )

import numpy as np

from exercise import additive_attention, decode_attention

RNG = np.random.default_rng(50)
T, D_S, D_H, D_A = 5, 3, 4, 6
H = RNG.normal(size=(T, D_H))
W_S = RNG.normal(scale=0.6, size=(D_S, D_A))
W_H = RNG.normal(scale=0.6, size=(D_H, D_A))
V = RNG.normal(size=D_A)
S = RNG.normal(size=(3, D_S))


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def reference(s, h=H, mask=None):
    e = np.tanh(s @ W_S + h @ W_H) @ V
    if mask is not None:
        e = np.where(mask, e, -np.inf)
    w = np.exp(e - e.max())
    w /= w.sum()
    return w @ h, w


def check_one_step():
    context, weights = additive_attention(S[0], H, W_S, W_H, V)
    ec, ew = reference(S[0])
    weights = np.asarray(weights)
    hint = ""
    linear = np.exp((S[0] @ W_S + H @ W_H) @ V - ((S[0] @ W_S + H @ W_H) @ V).max())
    if weights.shape == (T,) and np.allclose(weights, linear / linear.sum()):
        hint = " These come from scores without the tanh: e_t = v · tanh(s W_s + H[t] W_h)."
    assert weights.shape == (T,) and np.allclose(weights, ew), f"additive_attention: the weights over the {T} source positions should be {show(ew)}, got {show(weights)}.{hint}"
    assert np.shape(context) == (D_H,) and np.allclose(context, ec), f"additive_attention: the context Σ weight_t·H[t] should be {show(ec)}, got {show(context)}"


def check_weights_form_an_average():
    _, weights = additive_attention(S[1], H, W_S, W_H, V)
    weights = np.asarray(weights)
    assert np.all(weights >= 0) and np.isclose(weights.sum(), 1.0), f"additive_attention: the weights should be non-negative and sum to 1, got {show(weights)} (sum {weights.sum():.4f})"
    Hs = np.zeros((T, D_H))
    Hs[3] = 10.0
    W_h = np.zeros((D_H, D_A))
    W_h[0, 0] = 1.0
    v = np.zeros(D_A)
    v[0] = 50.0
    context, weights = additive_attention(np.zeros(D_S), Hs, np.zeros((D_S, D_A)), W_h, v)
    assert np.allclose(weights, np.eye(T)[3], atol=1e-6) and np.allclose(context, Hs[3], atol=1e-4), (
        f"additive_attention: when only source position 3 scores high (score 50·tanh(10) vs 0), the weights should be one-hot on it and the context equal H[3]; "
        f"got weights {show(weights)}"
    )


def check_padding_mask():
    mask = np.array([True, True, True, False, False])
    context, weights = additive_attention(S[2], H, W_S, W_H, V, mask)
    weights = np.asarray(weights)
    ec, ew = reference(S[2], H[:3])
    assert np.all(weights[3:] == 0), f"additive_attention with the last two positions masked (padding) should give them weight exactly 0, got {show(weights)}"
    hint = " The weights no longer sum to 1: mask the scores with -inf before the softmax instead of zeroing weights after it." if not np.isclose(weights.sum(), 1) else ""
    assert np.allclose(weights[:3], ew) and np.allclose(context, ec), (
        f"additive_attention with padding after position 2 should equal attention over the first 3 states: weights {show(ew)}, got {show(weights[:3])}.{hint}"
    )


def check_order_of_the_source():
    order = np.array([2, 4, 0, 1, 3])
    c1, w1 = additive_attention(S[0], H, W_S, W_H, V)
    c2, w2 = additive_attention(S[0], H[order], W_S, W_H, V)
    assert np.allclose(np.asarray(w2), np.asarray(w1)[order]) and np.allclose(c1, c2), (
        "additive_attention: reordering the encoder states should reorder the weights the same way and leave the context unchanged"
    )


def check_decode_attention():
    contexts, alignment = decode_attention(S, H, W_S, W_H, V)
    contexts, alignment = np.asarray(contexts), np.asarray(alignment)
    assert contexts.shape == (3, D_H) and alignment.shape == (3, T), (
        f"decode_attention of 3 decoder states over {T} source positions should return contexts (3, {D_H}) and alignment (3, {T}), got {contexts.shape} and {alignment.shape}"
    )
    expected = np.array([reference(s)[1] for s in S])
    hint = " Each row should sum to 1: every decoder step has its own softmax over the source positions." if not np.allclose(alignment.sum(axis=1), 1) else ""
    assert np.allclose(alignment, expected) and np.allclose(contexts, expected @ H), f"decode_attention: the alignment matrix should be\n{show(expected)}\ngot\n{show(alignment)}.{hint}"

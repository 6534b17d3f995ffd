"""Multi-head attention: a reference solution."""
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)) @ V


def split_heads(X, n_heads):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    if d % n_heads:
        raise ValueError(f"width {d} is not divisible by {n_heads} heads")
    return X.reshape(n, n_heads, d // n_heads).transpose(1, 0, 2)


def merge_heads(Z):
    h, n, d_k = Z.shape
    return Z.transpose(1, 0, 2).reshape(n, h * d_k)


def multi_head_attention(X, Wq, Wk, Wv, Wo, n_heads, mask=None):
    Q, K, V = (split_heads(X @ W, n_heads) for W in (Wq, Wk, Wv))
    return merge_heads(attention(Q, K, V, mask)) @ Wo

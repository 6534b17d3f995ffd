"""Multi-head attention: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def attention(Q, K, V, mask=None):
    """Given: scaled dot-product attention over the last two axes, for one head or a stack (h, n, d_k)."""
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)) @ V


def split_heads(X, n_heads):
    """Return X (n, d) as (n_heads, n, d / n_heads), head j holding columns j*d_k to (j+1)*d_k - 1."""
    raise NotImplementedError("split_heads: reshape to (n, n_heads, d_k), then move the head axis first")


def merge_heads(Z):
    """Return Z (n_heads, n, d_k) as (n, n_heads * d_k), the heads side by side."""
    raise NotImplementedError("merge_heads: undo split_heads (move the head axis back, then reshape)")


def multi_head_attention(X, Wq, Wk, Wv, Wo, n_heads, mask=None):
    """Return multi-head self-attention of X (n, d): project, split, attend per head, merge, project with Wo."""
    raise NotImplementedError("multi_head_attention: split X Wq, X Wk, X Wv into heads, attention, merge_heads, @ Wo")

"""Scaled dot-product attention with a mask: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    """Return (softmax(Q Kᵀ / sqrt(d_k)) V, weights); mask is boolean (n_q, n_k), True = may attend."""
    raise NotImplementedError("scaled_dot_product_attention: scores, mask with -inf, row-wise stable softmax, weighted sum of V")


def self_attention(X, Wq, Wk, Wv, mask=None):
    """Return (output, weights) of attention with Q = X Wq, K = X Wk, V = X Wv."""
    raise NotImplementedError("self_attention: project X three ways, then call scaled_dot_product_attention")

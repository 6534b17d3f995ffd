"""Additive (Bahdanau) attention: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def additive_attention(s, H, W_s, W_h, v, mask=None):
    """Return (context, weights): weights = softmax over t of v·tanh(s W_s + H[t] W_h), context = weights @ H."""
    raise NotImplementedError("additive_attention: scores for all T positions at once, mask, stable softmax, weighted sum of H")


def decode_attention(S, H, W_s, W_h, v, mask=None):
    """Return ((T_dec, d_h) contexts, (T_dec, T) alignment) for every decoder state in S."""
    raise NotImplementedError("decode_attention: additive_attention for each row of S, stacked")

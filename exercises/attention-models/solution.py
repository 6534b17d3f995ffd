"""Additive (Bahdanau) attention: a reference solution."""
import numpy as np


def additive_attention(s, H, W_s, W_h, v, mask=None):
    H = np.asarray(H, dtype=float)
    scores = np.tanh(s @ W_s + H @ W_h) @ v
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max())
    weights = e / e.sum()
    return weights @ H, weights


def decode_attention(S, H, W_s, W_h, v, mask=None):
    results = [additive_attention(s, H, W_s, W_h, v, mask) for s in np.asarray(S, dtype=float)]
    return np.array([c for c, _ in results]), np.array([w for _, w in results])

"""Nearest neighbours and analogies with word embeddings: a reference solution."""
import numpy as np


def cosine_similarity(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    A = A / np.linalg.norm(A, axis=1, keepdims=True)
    B = B / np.linalg.norm(B, axis=1, keepdims=True)
    return A @ B.T


def most_similar(word, vocab, E, k=3):
    i = vocab.index(word)
    sims = cosine_similarity(E[i:i + 1], E)[0]
    order = [j for j in np.argsort(-sims, kind="stable") if j != i]
    return [vocab[j] for j in order[:k]]


def analogy(a, b, c, vocab, E):
    idx = {w: n for n, w in enumerate(vocab)}
    target = E[idx[b]] - E[idx[a]] + E[idx[c]]
    sims = cosine_similarity(target[None, :], E)[0]
    for j in np.argsort(-sims, kind="stable"):
        if vocab[j] not in (a, b, c):
            return vocab[j]
    return None

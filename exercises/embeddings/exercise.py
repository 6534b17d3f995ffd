"""Nearest neighbours and analogies with word embeddings: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def cosine_similarity(A, B):
    """Return the (n, m) matrix of cosines between the rows of A (n, d) and the rows of B (m, d)."""
    raise NotImplementedError("cosine_similarity: normalise the rows of A and B to length 1, then one matrix product")


def most_similar(word, vocab, E, k=3):
    """Return the k words (other than word) most similar to word by cosine, most similar first."""
    raise NotImplementedError("most_similar: cosines of word's row against all rows, drop the word itself, sort descending")


def analogy(a, b, c, vocab, E):
    """Return the word (not a, b or c) closest by cosine to E[b] - E[a] + E[c]."""
    raise NotImplementedError("analogy: build the target vector, score every word, skip a, b and c")

"""A vocabulary with dicts, sets and Counter: a reference solution."""
from collections import Counter

UNKNOWN = "<unk>"


def build_vocabulary(documents, min_count=1):
    counts = Counter(word for text in documents for word in text.lower().split())
    kept = sorted((word for word, n in counts.items() if n >= min_count), key=lambda word: (-counts[word], word))
    vocabulary = {UNKNOWN: 0}
    vocabulary.update({word: i for i, word in enumerate(kept, start=1)})
    return vocabulary


def encode(document, vocabulary):
    return [vocabulary.get(word, 0) for word in document.lower().split()]

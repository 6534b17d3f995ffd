"""A vocabulary with dicts, sets and Counter: see README.md. Replace each `raise NotImplementedError`."""
from collections import Counter

UNKNOWN = "<unk>"


def build_vocabulary(documents, min_count=1):
    """Return {"<unk>": 0, most frequent word: 1, ...} for the words seen at least min_count times."""
    raise NotImplementedError("build_vocabulary: count with a Counter, sort by (-count, word), number from 1")


def encode(document, vocabulary):
    """Return the list of vocabulary indices of the document's tokens, 0 for unknown words."""
    raise NotImplementedError("encode: one dict look-up per token, with a default of 0")

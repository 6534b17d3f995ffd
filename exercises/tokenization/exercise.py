"""Byte-pair encoding: see README.md. Replace each `raise NotImplementedError`."""
from collections import Counter


def merge_pair(symbols, pair):
    """Given: return the list symbols with every occurrence of pair (left, right) merged, scanning left to right."""
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def learn_bpe(word_counts, num_merges):
    """Return the list of learned merges (left, right), most frequent pair first, ties to the smallest pair."""
    raise NotImplementedError("learn_bpe: words as lists of characters; count weighted pairs, pick the best, merge it everywhere")


def bpe_tokenize(word, merges):
    """Return the tokens of word after applying the merges in their learned order."""
    raise NotImplementedError("bpe_tokenize: start from the characters, apply each merge in turn")

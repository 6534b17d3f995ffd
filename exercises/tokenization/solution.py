"""Byte-pair encoding: a reference solution."""
from collections import Counter


def merge_pair(symbols, pair):
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
    words = {word: list(word) for word in word_counts}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for word, symbols in words.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += word_counts[word]
        if not pairs:
            break
        top = max(pairs.values())
        best = min(pair for pair, count in pairs.items() if count == top)
        merges.append(best)
        words = {word: merge_pair(symbols, best) for word, symbols in words.items()}
    return merges


def bpe_tokenize(word, merges):
    symbols = list(word)
    for pair in merges:
        symbols = merge_pair(symbols, pair)
    return symbols

from exercise import bpe_tokenize, learn_bpe

CORPUS = {"low": 5, "lower": 2, "newest": 6, "widest": 3}


def check_counts_weigh_the_pairs():
    got = [tuple(m) for m in learn_bpe({"ab": 1, "cd": 5}, 1)]
    assert got == [("c", "d")], (
        f"learn_bpe({{'ab': 1, 'cd': 5}}, 1) should merge ('c', 'd') first: it occurs 5 times, ('a', 'b') once; got {got}. "
        "Weight each pair by its word's count."
    )


def check_merges_on_a_small_corpus():
    got = [tuple(m) for m in learn_bpe(dict(CORPUS), 5)]
    expected = [("e", "s"), ("es", "t"), ("l", "o"), ("lo", "w"), ("e", "w")]
    n = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), None)
    detail = ""
    if n == 0:
        detail = " The first merge: (e, s) and (s, t) both occur 6 + 3 = 9 times; ties go to the smaller pair, (e, s)."
    elif n is not None:
        detail = f" Merge {n + 1} differs. Count every adjacent pair, weighted by its word's count."
    if n == 4 and got[4] in (("n", "e"), ("w", "est")):
        detail = (" Merge 5: (n, e), (e, w) and (w, est) all occur 6 times; the smallest pair is (e, w). "
                  "Pick min() of the tied pairs, not the first one counted.")
    assert got == expected, (
        f"learn_bpe({CORPUS}, 5) should learn {expected}, got {got}.{detail}"
    )


def check_stops_when_nothing_is_left():
    got = [tuple(m) for m in learn_bpe({"abc": 2, "c": 7}, 10)]
    assert got == [("a", "b"), ("ab", "c")], (
        f"learn_bpe({{'abc': 2, 'c': 7}}, 10) should stop after 2 merges, [('a', 'b'), ('ab', 'c')], when every word is one symbol; got {got}"
    )


def check_overlapping_pairs():
    got = [tuple(m) for m in learn_bpe({"aaa": 1, "b": 1}, 2)]
    assert got == [("a", "a"), ("aa", "a")], (
        f"learn_bpe({{'aaa': 1, 'b': 1}}, 2) should give [('a', 'a'), ('aa', 'a')]: merging (a, a) left to right turns a a a into aa a; got {got}"
    )


def check_tokenize():
    merges = learn_bpe(dict(CORPUS), 5)
    for word, expected in (("lowest", ["low", "est"]), ("newer", ["n", "ew", "e", "r"]), ("slow", ["s", "low"]), ("zest", ["z", "est"])):
        got = list(bpe_tokenize(word, merges))
        assert got == expected, (
            f"bpe_tokenize('{word}', merges learned from the small corpus) should be {expected}, got {got}. "
            "Start from the characters and apply the merges one by one in the order they were learned"
        )


def check_tokenize_follows_the_learned_order():
    got = list(bpe_tokenize("abc", [("b", "c"), ("a", "b")]))
    assert got == ["a", "bc"], (
        f"bpe_tokenize('abc', [('b', 'c'), ('a', 'b')]) should be ['a', 'bc']: (b, c) was learned first and takes precedence, got {got}"
    )
    assert list(bpe_tokenize("", [("a", "b")])) == [], "bpe_tokenize('', merges) should be []"

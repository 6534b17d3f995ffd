from exercise import build_vocabulary, encode

DOCS = ["the cat sat on the mat", "The dog sat", "a dog and a cat"]
# counts: the 3, cat 2, sat 2, dog 2, a 2, on 1, mat 1, and 1


def check_unknown_is_zero():
    vocab = build_vocabulary(DOCS)
    assert vocab.get("<unk>") == 0, f"build_vocabulary should map '<unk>' to 0, got {vocab.get('<unk>')!r}"
    hint = " 'The' and 'the' should be one word: lower-case the text before splitting." if "The" in vocab else ""
    assert vocab.get("the") == 1, f"build_vocabulary: 'the' is the most frequent word (3 times) and should get index 1, got {vocab.get('the')!r}.{hint}"


def check_order_by_count_then_alphabet():
    vocab = build_vocabulary(DOCS)
    expected = {"<unk>": 0, "the": 1, "a": 2, "cat": 3, "dog": 4, "sat": 5, "and": 6, "mat": 7, "on": 8}
    assert vocab == expected, (
        f"build_vocabulary(docs) should be\n{expected}\n(counts: the 3; a, cat, dog, sat 2 each; and, mat, on 1 each; ties alphabetical), got\n{vocab}"
        + ("\nWords with equal counts go in alphabetical order (Counter.most_common keeps the order of first appearance)." if vocab.get("cat") == 2 else "")
    )


def check_does_not_depend_on_document_order():
    assert build_vocabulary(DOCS) == build_vocabulary(list(reversed(DOCS))), (
        "build_vocabulary gave different vocabularies for the same documents in another order: "
        "break ties between equal counts alphabetically, not by first appearance (most_common keeps insertion order)"
    )


def check_min_count():
    vocab = build_vocabulary(DOCS, min_count=2)
    expected = {"<unk>": 0, "the": 1, "a": 2, "cat": 3, "dog": 4, "sat": 5}
    assert vocab == expected, f"build_vocabulary(docs, min_count=2) should keep only words seen at least twice:\n{expected}\ngot\n{vocab}"


def check_encode():
    vocab = build_vocabulary(DOCS, min_count=2)
    got = encode("The cat chased a mouse", vocab)
    assert got == [1, 3, 0, 2, 0], (
        f"encode('The cat chased a mouse', vocabulary) should be [1, 3, 0, 2, 0] (chased and mouse are unknown), got {got}"
    )
    assert encode("", vocab) == [], f"encode('', vocabulary) should be [], got {encode('', vocab)}"


def check_encode_leaves_the_vocabulary_alone():
    vocab = build_vocabulary(DOCS, min_count=2)
    before = dict(vocab)
    encode("zebra cat", vocab)
    assert vocab == before, f"encode changed the vocabulary (it now has {len(vocab)} entries instead of {len(before)}): look words up with .get, don't add them"

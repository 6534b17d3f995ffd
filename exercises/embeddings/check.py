import numpy as np

from exercise import analogy, cosine_similarity, most_similar

# Dimensions: royalty, gender (+ male), person, fruit, plural.
VOCAB = ["man", "woman", "king", "queen", "prince", "queens", "apple", "apples", "banana", "the"]
E = np.array([
    [0.0, 1.0, 1.0, 0.0, 0.0],
    [0.0, -1.0, 1.0, 0.0, 0.0],
    [1.0, 1.0, 1.0, 0.0, 0.0],
    [1.0, -1.0, 1.0, 0.0, 0.0],
    [0.8, 1.0, 0.9, 0.1, 0.0],
    [0.6, -1.3, 0.8, 0.4, 0.5],
    [0.0, 0.0, 0.0, 1.0, 0.0],
    [0.0, 0.0, 0.0, 1.0, 0.5],
    [0.1, 0.0, 0.0, 0.9, 0.0],
    [2.0, 2.0, 2.0, 2.0, 2.0],
])


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def check_cosine_similarity():
    A = np.array([[3.0, 4.0], [1.0, 0.0]])
    B = np.array([[4.0, 3.0], [0.0, 2.0], [-1.0, 0.0]])
    got = np.asarray(cosine_similarity(A, B))
    expected = np.array([[0.96, 0.8, -0.6], [0.8, 0.0, -1.0]])
    hint = " These are raw dot products: divide by both vectors' lengths." if got.shape == (2, 3) and np.allclose(got, A @ B.T) else ""
    assert got.shape == (2, 3) and np.allclose(got, expected), (
        f"cosine_similarity([[3, 4], [1, 0]], [[4, 3], [0, 2], [-1, 0]]) should be\n{show(expected)}\n(e.g. (3·4 + 4·3) / (5·5) = 0.96), got\n{show(got)}.{hint}"
    )


def check_cosine_ignores_length():
    got = np.asarray(cosine_similarity(E[:3], 10 * E[:3]))
    assert np.allclose(np.diag(got), 1.0), f"cosine_similarity of vectors with themselves scaled by 10 should be 1 on the diagonal, got {show(np.diag(got))}"


def check_most_similar():
    got = list(most_similar("king", VOCAB, E, k=2))
    assert "king" not in got, f"most_similar('king', k=2) should not include 'king' itself, got {got}"
    hint = " 'the' has a long vector but points elsewhere: compare directions (cosines), not dot products." if "the" in got else ""
    assert got == ["prince", "man"], f"most_similar('king', k=2) should be ['prince', 'man'] (cosines 0.99 and 0.82), got {got}.{hint}"
    fruit = list(most_similar("apple", VOCAB, E, k=3))
    assert fruit == ["banana", "apples", "the"], f"most_similar('apple', k=3) should be ['banana', 'apples', 'the'], most similar first, got {fruit}"


def check_analogy_king_queen():
    got = analogy("man", "king", "woman", VOCAB, E)
    expected_vector = E[2] - E[0] + E[1]
    assert got == "queen", (
        f"analogy('man', 'king', 'woman') should be 'queen': E[king] − E[man] + E[woman] = {show(expected_vector)} is exactly queen's vector; got {got!r}"
    )


def check_analogy_leaves_out_its_inputs():
    got = analogy("apple", "apples", "queen", VOCAB, E)
    target = E[7] - E[6] + E[3]
    sims = cosine_similarity(target[None, :], E)[0] if got != "queens" else None
    assert got == "queens", (
        f"analogy('apple', 'apples', 'queen') should be 'queens', got {got!r}. The target E[apples] − E[apple] + E[queen] is closest to 'queen' itself "
        "(as often happens with real embeddings), so a, b and c must be left out of the candidates."
        + ("" if sims is None else f" (Cosines of the target: {dict(zip(VOCAB, np.round(np.asarray(sims), 3)))})")
    )

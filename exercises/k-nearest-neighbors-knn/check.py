import numpy as np

from exercise import knn_predict, pairwise_distances


def check_pairwise_distances_values_and_shape():
    A = np.array([[0.0, 0.0], [1.0, 1.0]])
    B = np.array([[3.0, 4.0], [0.0, 0.0], [1.0, 0.0]])
    D = np.asarray(pairwise_distances(A, B))
    expected = np.array([[5.0, 0.0, 1.0], [np.sqrt(13), np.sqrt(2), 1.0]])
    assert D.shape == (2, 3), (
        f"pairwise_distances(A of shape (2, 2), B of shape (3, 2)) should have shape (2, 3), one row per row of A, got {D.shape}"
        + (" (summed over the wrong axis? sum over the feature axis, the last one)" if D.ndim != 2 or D.shape == (2, 2) else "")
    )
    assert np.allclose(D, expected), (
        f"pairwise_distances gave\n{np.round(D, 4)}\nexpected\n{np.round(expected, 4)}\n"
        "(D[0, 0] is the distance from (0, 0) to (3, 4), which is 5; did you forget the square root?)"
    )


def check_pairwise_distances_many_dimensions():
    rng = np.random.default_rng(0)
    A, B = rng.normal(size=(7, 5)), rng.normal(size=(4, 5))
    D = np.asarray(pairwise_distances(A, B))
    expected = np.array([[np.linalg.norm(a - b) for b in B] for a in A])
    assert D.shape == (7, 4) and np.allclose(D, expected, atol=1e-8), (
        f"pairwise_distances on random A (7, 5) and B (4, 5): entry [i, j] should be np.linalg.norm(A[i] - B[j]); "
        f"got shape {D.shape}, first row {np.round(D[0], 4) if D.ndim == 2 else D}, expected {np.round(expected[0], 4)}"
    )


# Two groups on a line; label 1 has more points farther out.
X_LINE = np.array([[0.0], [1.0], [2.0], [6.0], [7.0], [8.0], [9.0]])
Y_LINE = np.array([0, 0, 0, 1, 1, 1, 1])


def check_k1_returns_the_training_labels():
    got = np.asarray(knn_predict(X_LINE, Y_LINE, X_LINE, 1))
    assert np.array_equal(got, Y_LINE), (
        f"knn_predict with k=1 on the training points themselves should give back their labels {Y_LINE.tolist()} "
        f"(each point is its own nearest neighbour), got {got.tolist()}. Are you taking the farthest points instead of the nearest?"
    )


def check_vote_of_k_neighbours():
    query = np.array([[2.9], [4.6], [5.5]])
    got = np.asarray(knn_predict(X_LINE, Y_LINE, query, 3))
    expected = [0, 1, 1]
    assert got.shape == (3,) and got.tolist() == expected, (
        f"knn_predict(k=3) for queries x = 2.9, 4.6, 5.5 should be {expected}: the 3 nearest of x = 4.6 are 6, 7 and 2 "
        f"(labels 1, 1, 0); got {got.tolist()}. Check that you take exactly k neighbours, the nearest ones"
    )
    got5 = np.asarray(knn_predict(X_LINE, Y_LINE, np.array([[3.0]]), 5))
    assert got5.tolist() == [0], (
        f"knn_predict(k=5) for x = 3.0 should be [0]: the 5 nearest are 2, 1, 0, 6, 7 (three 0s, two 1s); got {got5.tolist()}. "
        "Take the first k of the sorted neighbours, [:k], starting with the nearest one"
    )


def check_tie_rules():
    X = np.array([[1.0, 0.0], [0.0, 2.0], [-2.0, 0.0], [0.0, -3.0]])
    y = np.array([2, 1, 0, 2])
    query = np.array([[0.0, 0.0]])
    # Distances from the origin: 1, 2, 2, 3. Points 1 and 2 tie for second place.
    got = np.asarray(knn_predict(X, y, query, 2)).tolist()
    assert got == [1], (
        f"knn_predict(k=2) at (0, 0): the neighbours are point 0 (label 2) and, of points 1 and 2 tied at distance 2, "
        f"the earlier one, point 1 (label 1). One vote each, so the smaller label wins: expected [1], got {got}. "
        "Use a stable sort for distance ties and the smallest label for vote ties"
    )
    got = np.asarray(knn_predict(X, y, query, 3)).tolist()
    assert got == [0], f"knn_predict(k=3) at (0, 0): labels 2, 1, 0 get one vote each, so the smallest, 0, wins; got {got}"


def check_k_out_of_range():
    for k in (0, len(Y_LINE) + 1):
        try:
            knn_predict(X_LINE, Y_LINE, X_LINE[:1], k)
        except ValueError:
            continue
        raise AssertionError(f"knn_predict with k={k} and {len(Y_LINE)} training points should raise ValueError")


def check_two_blobs():
    rng = np.random.default_rng(42)
    X0 = rng.normal(loc=[-2.0, 0.0], scale=0.7, size=(40, 2))
    X1 = rng.normal(loc=[2.0, 0.0], scale=0.7, size=(40, 2))
    X = np.vstack([X0, X1])
    y = np.array([0] * 40 + [1] * 40)
    query = np.array([[-2.5, 0.3], [2.2, -0.4], [-0.3, 3.0], [0.4, -3.0]])
    got = np.asarray(knn_predict(X, y, query, 7)).tolist()
    assert got == [0, 1, 0, 1], f"knn_predict(k=7) on two Gaussian blobs at x = -2 and x = +2: queries {query.tolist()} should be [0, 1, 0, 1], got {got}"

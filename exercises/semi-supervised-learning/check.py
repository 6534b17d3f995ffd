import numpy as np

from exercise import label_propagation, rbf_affinity

XS = np.arange(0, 10.01, 0.5)  # 21 points 0.5 apart


def _two_lines():
    """Two parallel chains of 21 points, at height 0 and at height 3."""
    X = np.vstack([np.column_stack([XS, np.zeros(21)]), np.column_stack([XS, np.full(21, 3.0)])])
    y = -np.ones(42, dtype=int)
    y[0] = 0    # left end of the bottom line
    y[41] = 1   # right end of the top line
    return X, y


def check_affinity_values():
    X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
    W = np.asarray(rbf_affinity(X, 1.0), dtype=float)
    expected = np.array([[0, np.exp(-0.5), np.exp(-2.0)], [np.exp(-0.5), 0, np.exp(-2.5)], [np.exp(-2.0), np.exp(-2.5), 0]])
    hint = ""
    if W.shape == (3, 3) and np.allclose(np.diag(W), 1.0):
        hint = " The diagonal should be 0: a point is not its own neighbour."
    elif W.shape == (3, 3) and np.isclose(W[0, 1], np.exp(-1.0)):
        hint = " Divide the squared distance by 2σ², not σ²."
    assert W.shape == (3, 3) and np.allclose(W, expected), (
        f"rbf_affinity of (0, 0), (1, 0), (0, 2) with sigma=1 should be\n{np.round(expected, 4)}\n(e.g. W[0, 1] = exp(−1/2)); got\n{np.round(W, 4)}.{hint}"
    )


def check_labelled_points_keep_their_labels():
    X = np.column_stack([XS, np.zeros(21)])
    y = -np.ones(21, dtype=int)
    y[[0, 5, 20]] = [0, 0, 1]
    got = np.asarray(label_propagation(rbf_affinity(X, 0.5), y, 1000))
    assert got.shape == (21,), f"label_propagation should return one label per point, shape (21,), got {got.shape}"
    assert got[0] == 0 and got[5] == 0 and got[20] == 1, (
        f"on one chain labelled 0 at points 0 and 5 and 1 at point 20, the labelled points must keep their labels; got {got[[0, 5, 20]].tolist()} there "
        f"(all labels: {got.tolist()}). Reset the labelled rows of F to their one-hot vectors after every step"
    )
    expected = [0] * 13 + [1] * 8
    assert got.tolist() == expected, (
        f"between point 5 (class 0) and point 20 (class 1) the scores fall off evenly, so the switch is halfway, between points 12 and 13: "
        f"expected {expected}, got {got.tolist()}"
    )


def check_labels_follow_the_chains():
    X, y = _two_lines()
    got = np.asarray(label_propagation(rbf_affinity(X, 0.5), y, 1000)).tolist()
    expected = [0] * 21 + [1] * 21
    assert got == expected, (
        f"two parallel chains 3 apart, each with one labelled end (bottom-left 0, top-right 1): the labels should spread along each chain, "
        f"giving {expected}; got {got}. (A nearest-labelled-point rule would call the right half of the bottom chain 1: it is closer to "
        "the top-right label than to the far end of its own chain.)"
    )


def check_three_classes():
    rng = np.random.default_rng(8)
    centres = np.array([[0.0, 0.0], [5.0, 0.0], [2.5, 4.0]])
    X = np.vstack([rng.normal(c, 0.5, size=(15, 2)) for c in centres])
    y = -np.ones(45, dtype=int)
    y[[0, 15, 30]] = [2, 0, 1]  # one label per blob, in an arbitrary order
    got = np.asarray(label_propagation(rbf_affinity(X, 0.8), y, 300)).tolist()
    expected = [2] * 15 + [0] * 15 + [1] * 15
    assert got == expected, f"three blobs with one labelled point each (labels 2, 0, 1) should be labelled {expected}, got {got}"

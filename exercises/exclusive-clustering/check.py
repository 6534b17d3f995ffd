import numpy as np

from exercise import assign_clusters, kmeans


def _blobs():
    rng = np.random.default_rng(21)
    centres = np.array([[0.0, 0.0], [6.0, 0.0], [3.0, 5.0]])
    X = np.vstack([rng.normal(c, 0.8, size=(30, 2)) for c in centres])
    return X, centres


def _inertia(X, centroids, labels):
    return float(((X - np.asarray(centroids)[labels]) ** 2).sum())


def check_assign_nearest_with_ties():
    X = np.array([[0.0, 0.0], [4.0, 1.0], [2.0, 0.5], [5.0, 5.0]])
    C = np.array([[0.0, 1.0], [4.0, 0.0]])
    got = np.asarray(assign_clusters(X, C)).tolist()
    assert got == [0, 1, 0, 1], (
        f"assign_clusters of (0, 0), (4, 1), (2, 0.5), (5, 5) to centroids (0, 1) and (4, 0) should be [0, 1, 0, 1] "
        f"((2, 0.5) is at distance √4.25 from both: the tie goes to the lower index); got {got}"
    )


def check_one_dimensional_example():
    X = np.array([[1.0], [2.0], [3.0], [10.0], [11.0], [12.0]])
    init = np.array([[1.0], [2.0]])
    centroids, labels = kmeans(X, init)
    centroids = np.asarray(centroids, dtype=float)
    assert np.array_equal(init, [[1.0], [2.0]]), f"kmeans changed init_centroids to {init.tolist()}: work on a copy"
    assert np.allclose(centroids, [[2.0], [11.0]]) and np.asarray(labels).tolist() == [0, 0, 0, 1, 1, 1], (
        "kmeans on x = 1, 2, 3, 10, 11, 12 from centroids 1 and 2: round 1 assigns {1} and {2, 3, 10, 11, 12} (means 1 and 7.6), "
        "round 2 assigns {1, 2, 3} and {10, 11, 12} (means 2 and 11), then nothing changes. "
        f"Expected centroids [[2], [11]] and labels [0, 0, 0, 1, 1, 1], got {centroids.tolist()} and {np.asarray(labels).tolist()}"
    )


def check_result_is_a_fixed_point():
    X, centres = _blobs()
    init = X[[0, 1, 2]]  # three points of the first blob: a poor start
    centroids, labels = kmeans(X, init)
    centroids, labels = np.asarray(centroids, dtype=float), np.asarray(labels)
    assert np.array_equal(labels, assign_clusters(X, centroids)), "kmeans: the returned labels should be the assignments to the returned centroids"
    for j in range(3):
        assert np.allclose(centroids[j], X[labels == j].mean(axis=0)), (
            f"kmeans: centroid {j} = {np.round(centroids[j], 4)} should be the mean of its points, {np.round(X[labels == j].mean(axis=0), 4)}"
        )
    # From this poor start k-means ends in a local minimum (two centroids share one blob): still a fixed point.
    centroids, labels = kmeans(X, X[[0, 30, 60]])  # one starting point in each blob
    found = sorted(map(tuple, np.round(np.asarray(centroids, dtype=float))))
    assert found == sorted(map(tuple, centres)), (
        f"kmeans on three well-separated blobs around {centres.tolist()}, started from one point of each, should find centroids close to them, "
        f"got {np.round(np.asarray(centroids, dtype=float), 2).tolist()}"
    )


def check_inertia_never_increases():
    X, _ = _blobs()
    init = X[[0, 1, 2]]
    values = []
    for steps in range(1, 6):
        centroids, labels = kmeans(X, init, max_iter=steps)
        labels = np.asarray(labels)
        assert np.array_equal(labels, assign_clusters(X, centroids)), (
            f"kmeans(max_iter={steps}) stopped before converging, and the labels it returned are not the assignments to the centroids it returned. "
            "Assign the points again after the last centroid update"
        )
        values.append(_inertia(X, centroids, labels))
    assert all(a >= b - 1e-9 for a, b in zip(values, values[1:])), (
        f"the within-cluster sum of squares after kmeans(max_iter = 1, …, 5) should never go up, got {np.round(values, 2)}"
    )


def check_empty_cluster_stays_put():
    X, _ = _blobs()
    init = np.array([[0.0, 0.0], [6.0, 0.0], [3.0, 5.0], [100.0, 100.0]])
    centroids, labels = kmeans(X, init)
    centroids = np.asarray(centroids, dtype=float)
    assert np.all(np.isfinite(centroids)), (
        f"kmeans with a fourth centroid at (100, 100), which no point ever joins, returned {np.round(centroids, 3).tolist()}: "
        "the mean of an empty cluster is NaN. Leave a centroid with no points where it is"
    )
    assert np.allclose(centroids[3], [100.0, 100.0]), f"the empty cluster's centroid should stay at (100, 100), got {centroids[3]}"

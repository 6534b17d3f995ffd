import numpy as np

from exercise import agglomerate, cluster_distance

SQUARE = np.array([[0.0, 0.0], [0.0, 4.0], [3.0, 0.0], [3.0, 4.0]])

# A chain of roughly evenly spaced points, then a tight group after a gap of 2.5.
CHAIN = np.array([0.0, 0.905, 1.824, 2.95, 3.786, 4.827, 5.918, 6.793, 7.615, 8.525, 11.025, 11.125, 11.275]).reshape(-1, 1)

# Merge heights for 12 random points, from scipy.cluster.hierarchy.linkage(X, method)[:, 2].
HEIGHTS = {
    "single": [0.02315, 0.194956, 0.386944, 0.39492, 0.445982, 0.555945, 0.697243, 0.777867, 0.8454, 0.857967, 1.360564],
    "complete": [0.02315, 0.194956, 0.386944, 0.39492, 0.613019, 0.667389, 1.233277, 1.310153, 1.383611, 2.622966, 3.234819],
    "average": [0.02315, 0.194956, 0.386944, 0.39492, 0.5295, 0.611667, 0.961932, 1.024339, 1.290703, 1.620576, 2.367483],
}


def _numbering_hint(got, expected):
    """A hint when got is the expected partition with other label numbers."""
    pairs = set(zip(got, expected))
    if len(got) == len(expected) and got != expected and len(pairs) == len(set(got)) == len(set(expected)):
        return " The groups are right but numbered differently: number the clusters by their smallest point index (point 0's cluster is 0)."
    return ""


def check_cluster_distances():
    expected = {"single": 3.0, "complete": 5.0, "average": 4.0}
    for linkage, value in expected.items():
        got = cluster_distance(SQUARE, [0, 1], [2, 3], linkage)
        hint = " That is the distance between the two cluster means (centroid linkage), not the mean of the pairwise distances." if linkage == "average" and np.isclose(float(got), 3.0) else ""
        assert np.isclose(float(got), value), (
            f"cluster_distance between {{(0, 0), (0, 4)}} and {{(3, 0), (3, 4)}} with linkage={linkage!r} should be {value}: "
            f"the four distances are 3, 5, 5, 3 (min 3, max 5, mean 4); got {got}.{hint}"
        )
    try:
        cluster_distance(SQUARE, [0], [1], "ward")
    except ValueError:
        pass
    else:
        raise AssertionError("cluster_distance with linkage='ward' (not supported here) should raise ValueError")


def check_merge_heights():
    X = np.random.default_rng(31).normal(size=(12, 2))
    for linkage, expected in HEIGHTS.items():
        labels, heights = agglomerate(X, 1, linkage)
        heights = np.asarray(heights, dtype=float)
        assert heights.shape == (11,) and np.allclose(heights, expected, atol=1e-6), (
            f"agglomerate(12 random points, n_clusters=1, linkage={linkage!r}) should merge 11 times at heights\n{expected}\n"
            f"got\n{np.round(heights, 6).tolist()}"
        )
        assert np.all(np.asarray(labels) == 0), f"with n_clusters=1 every label should be 0, got {np.asarray(labels).tolist()}"


def check_single_linkage_chains():
    labels, heights = agglomerate(CHAIN, 2, "single")
    got = np.asarray(labels).tolist()
    assert got == [0] * 10 + [1] * 3, (
        f"single linkage with n_clusters=2 on a chain of 10 points followed, after a gap of 2.5, by a group of 3 should keep the whole chain "
        f"together (each link is short): expected {[0] * 10 + [1] * 3}, got {got}.{_numbering_hint(got, [0] * 10 + [1] * 3)}"
    )
    assert len(heights) == 11, f"13 points merged down to 2 clusters take 11 merges, so 11 heights; got {len(heights)}"


def check_complete_linkage_breaks_the_chain():
    got = np.asarray(agglomerate(CHAIN, 2, "complete")[0]).tolist()
    expected = [0] * 7 + [1] * 6
    assert got == expected, (
        f"complete linkage with n_clusters=2 on the chain and the group: a cluster's diameter counts, so the long chain is cut and its last 3 "
        f"points join the group; expected {expected}, got {got}.{_numbering_hint(got, expected) or ' Complete linkage uses the largest pairwise distance'}"
    )


def check_labels_follow_the_smallest_index():
    X = np.array([[10.0], [0.0], [10.1], [0.1], [5.0]])
    labels, heights = agglomerate(X, 3, "single")
    got = np.asarray(labels).tolist()
    assert got == [0, 1, 0, 1, 2], (
        f"agglomerate(x = 10, 0, 10.1, 0.1, 5, n_clusters=3) forms {{0, 2}}, {{1, 3}} and {{4}}; numbered by their smallest point index "
        f"the labels are [0, 1, 0, 1, 2], got {got}.{_numbering_hint(got, [0, 1, 0, 1, 2])}"
    )
    labels, heights = agglomerate(X, 5, "single")
    assert np.asarray(labels).tolist() == [0, 1, 2, 3, 4] and len(heights) == 0, (
        f"agglomerate with n_clusters equal to the number of points merges nothing: labels [0, 1, 2, 3, 4], no heights; "
        f"got {np.asarray(labels).tolist()}, {list(heights)}"
    )

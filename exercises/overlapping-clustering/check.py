import warnings

import numpy as np

from exercise import fcm_centroids, fcm_memberships


def _blobs():
    rng = np.random.default_rng(17)
    return np.vstack([rng.normal([0.0, 0.0], 0.7, (25, 2)), rng.normal([4.0, 1.0], 0.7, (25, 2))])


def check_memberships_hand_example():
    X = np.array([[1.0], [1.5]])
    C = np.array([[0.0], [3.0]])
    U = np.asarray(fcm_memberships(X, C, m=2.0), dtype=float)
    hint = ""
    if U.shape == (2, 2) and np.allclose(U[0], [2 / 3, 1 / 3]):
        hint = " That is d^(-1/(m-1)): the exponent on the distance is 2/(m - 1)."
    assert U.shape == (2, 2) and np.allclose(U, [[0.8, 0.2], [0.5, 0.5]]), (
        "fcm_memberships(x = 1 and 1.5, centroids 0 and 3, m=2): x = 1 is at distances 1 and 2, so its weights are 1/1² and 1/2², "
        f"normalised [0.8, 0.2]; x = 1.5 is halfway, [0.5, 0.5]. Got\n{np.round(U, 4)}.{hint}"
    )
    U3 = np.asarray(fcm_memberships(X[:1], C, m=3.0), dtype=float)
    assert np.allclose(U3, [[2 / 3, 1 / 3]]), f"fcm_memberships(x = 1, centroids 0 and 3, m=3): the exponent 2/(m-1) is 1, so [2/3, 1/3]; got {np.round(U3, 4)}"


def check_memberships_are_a_distribution():
    X = _blobs()
    C = np.array([[0.5, 0.5], [3.0, 1.0], [2.0, -2.0]])
    U = np.asarray(fcm_memberships(X, C, m=2.0), dtype=float)
    assert U.shape == (50, 3), f"fcm_memberships for 50 points and 3 centroids should have shape (50, 3), got {U.shape}"
    assert np.all(U >= 0) and np.all(U <= 1) and np.allclose(U.sum(axis=1), 1.0), (
        f"every row of the memberships should lie in [0, 1] and add up to 1; row sums range over [{U.sum(axis=1).min():.4f}, {U.sum(axis=1).max():.4f}]"
    )


def check_point_on_a_centroid():
    X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 0.0]])
    C = np.array([[1.0, 1.0], [5.0, 5.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            U = np.asarray(fcm_memberships(X, C, m=2.0), dtype=float)
        except (RuntimeWarning, ZeroDivisionError, FloatingPointError) as problem:
            raise AssertionError(
                f"fcm_memberships with a point exactly on a centroid raised '{problem}': its distance is 0. "
                "Give such a point membership 1 in that cluster (0 elsewhere) without computing 0 ** negative"
            ) from None
    assert np.all(np.isfinite(U)) and np.allclose(U[1], [1.0, 0.0]), (
        f"fcm_memberships: the point (1, 1) sits on centroid 0, so its memberships should be [1, 0], got {U[1]}"
    )


def check_centroids_weighted_by_u_to_the_m():
    X = np.array([[0.0], [10.0]])
    U = np.array([[0.8, 0.2], [0.4, 0.6]])
    C = np.asarray(fcm_centroids(X, U, m=2.0), dtype=float)
    hint = " Those are weighted by u itself: the weights are u ** m." if C.shape == (2, 1) and np.isclose(C[0, 0], 10 / 3) else ""
    assert C.shape == (2, 1) and np.allclose(C, [[2.0], [9.0]]), (
        "fcm_centroids(x = 0 and 10, U = [[0.8, 0.2], [0.4, 0.6]], m=2): cluster 0 has weights 0.64 and 0.16, so (0.16·10) / 0.8 = 2; "
        f"cluster 1 has weights 0.04 and 0.36, so 3.6 / 0.4 = 9. Expected [[2], [9]], got {C.tolist()}.{hint}"
    )


def check_alternating_lowers_the_objective():
    X = _blobs()
    C = np.array([[1.0, 1.0], [2.0, 0.0]])
    values = []
    for _ in range(15):
        U = np.asarray(fcm_memberships(X, C, 2.0), dtype=float)
        C = np.asarray(fcm_centroids(X, U, 2.0), dtype=float)
        d2 = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
        values.append(float(((U**2) * d2).sum()))
    assert all(a >= b - 1e-9 for a, b in zip(values, values[1:])), f"the fuzzy c-means objective should never increase, got {np.round(values, 3)}"
    found = C[np.argsort(C[:, 0])]
    assert np.allclose(found, [[0.0, 0.0], [4.0, 1.0]], atol=0.4), (
        f"15 rounds of fuzzy c-means on two blobs around (0, 0) and (4, 1) should put the centroids near them, got {np.round(found, 3).tolist()}"
    )

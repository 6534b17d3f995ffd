import inspect
import io
import tokenize

import numpy as np

import exercise
from exercise import nearest, pairwise_sq_distances

RNG = np.random.default_rng(12)
A = RNG.normal(size=(5, 3))
B = RNG.normal(size=(4, 3))


def slow_distances(A, B):
    return np.array([[np.sum((a - b) ** 2) for b in B] for a in A])


def loops_in(fn):
    try:
        source = inspect.getsource(fn)
    except (OSError, TypeError):
        return []
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return sorted({t.string for t in tokens if t.type == tokenize.NAME and t.string in ("for", "while")})


def check_distance_shape():
    D = np.asarray(pairwise_sq_distances(A, B))
    assert D.shape == (5, 4), (
        f"pairwise_sq_distances of A (5, 3) and B (4, 3) should have shape (5, 4), one row per row of A, got {D.shape}"
        + (" (transposed?)" if D.shape == (4, 5) else "")
        + (": the sum must run over the coordinate axis, the last one of the (n, m, d) differences" if D.shape == (5, 3) else "")
    )


def check_distance_values():
    D = np.asarray(pairwise_sq_distances(A, B))
    expected = slow_distances(A, B)
    assert np.allclose(D, expected), (
        f"pairwise_sq_distances: D[1, 2] should be the squared distance between A[1] and B[2], {expected[1, 2]:.6f}, got {D[1, 2]:.6f}. "
        "Did you sum the squared differences over the coordinate axis (the last one)?"
    )


def check_distance_to_itself_is_not_negative():
    P = RNG.normal(size=(40, 3)) * 1000 + 1e4
    D = np.asarray(pairwise_sq_distances(P, P))
    assert D.min() >= 0, (
        f"pairwise_sq_distances(P, P) for points far from the origin has a negative entry ({D.min():.3g}): "
        "with ‖a‖² + ‖b‖² − 2a·b rounding can go below zero; clip with np.maximum(D, 0)"
    )
    assert np.allclose(np.diag(D), 0, atol=1e-3), f"pairwise_sq_distances(P, P) should have (nearly) zeros on the diagonal, got up to {np.abs(np.diag(D)).max():.3g}"


def check_nearest():
    X = np.array([[0.0, 0.0], [9.0, 1.0], [4.0, 4.0], [1.0, 8.0], [10.0, 10.0]])
    centroids = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    got = np.asarray(nearest(X, centroids))
    assert got.shape == (5,), (
        f"nearest of 5 points and 3 centroids should return 5 indices, got shape {got.shape}"
        + (": argmin along axis 0 picks a point per centroid; use axis=1" if got.shape == (3,) else "")
    )
    assert got[:4].tolist() == [0, 1, 0, 2], f"nearest: points [0, 0], [9, 1], [4, 4], [1, 8] should go to centroids [0, 1, 0, 2], got {got[:4].tolist()}"
    assert got[4] in (1, 2), f"nearest: [10, 10] is equally close to centroids 1 and 2, got {got[4]}"


def check_no_python_loops():
    for fn in (exercise.pairwise_sq_distances, exercise.nearest):
        found = loops_in(fn)
        assert not found, (
            f"{fn.__name__} uses a Python loop ({', '.join(found)}): replace it with broadcasting and array operations, "
            "which run in compiled code and are many times faster"
        )

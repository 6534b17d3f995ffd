import numpy as np

from exercise import linear_layer, matmul

RNG = np.random.default_rng(7)
A = RNG.integers(-3, 4, size=(3, 4)).astype(float)
B = RNG.integers(-3, 4, size=(4, 2)).astype(float)


def check_matmul_small_example():
    got = np.asarray(matmul(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[5.0, 6.0], [7.0, 8.0]])))
    expected = np.array([[19.0, 22.0], [43.0, 50.0]])
    hint = " That is the element-wise (Hadamard) product; the matrix product sums row × column." if got.shape == (2, 2) and np.allclose(got, [[5, 12], [21, 32]]) else ""
    assert got.shape == (2, 2) and np.allclose(got, expected), (
        f"matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) should be [[19, 22], [43, 50]] (entry [0, 0] = 1·5 + 2·7), got\n{got}.{hint}"
    )


def check_matmul_rectangular():
    got = np.asarray(matmul(A, B))
    assert got.shape == (3, 2), f"matmul of a (3, 4) and a (4, 2) matrix should have shape (3, 2), got {got.shape}"
    assert np.allclose(got, A @ B), (
        f"matmul(A, B) for A (3, 4) and B (4, 2) should be\n{A @ B}\ngot\n{got}\n"
        "Does the inner loop run over all k = 4 columns of A (= rows of B)?"
    )


def check_matmul_rejects_mismatched_shapes():
    try:
        matmul(np.ones((2, 3)), np.ones((2, 3)))
    except ValueError as error:
        assert "3" in str(error) and "2" in str(error), f"matmul's ValueError should mention the shapes (2, 3) and (2, 3); its message was: {error}"
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(
            f"matmul of shapes (2, 3) and (2, 3) should raise ValueError before looping (A has 3 columns, B has 2 rows), "
            f"but it raised {type(error).__name__}: {error}"
        ) from None
    raise AssertionError("matmul of shapes (2, 3) and (2, 3) should raise ValueError (A has 3 columns, B has 2 rows), but it returned")


def check_transpose_of_a_product():
    left = np.asarray(matmul(A, B)).T
    right = np.asarray(matmul(B.T, A.T))
    assert np.allclose(left, right), "(AB)ᵀ should equal BᵀAᵀ: matmul(A, B).T and matmul(B.T, A.T) differ"


def check_linear_layer_square_weights():
    X = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])
    W = np.array([[1.0, 2.0], [0.0, 1.0]])
    b = np.array([0.5, -1.0])
    got = np.asarray(linear_layer(X, W, b))
    expected = np.array([W @ x + b for x in X])
    hint = " You computed X·W: each example must be multiplied by Wᵀ (one row of W per output)." if got.shape == expected.shape and np.allclose(got, X @ W + b) else ""
    assert got.shape == expected.shape and np.allclose(got, expected), (
        f"linear_layer with W = [[1, 2], [0, 1]], b = [0.5, -1]: the first example [1, 2] should give W·x + b = [5.5, 1], "
        f"and the whole output should be\n{expected}\ngot\n{got}.{hint}"
    )


def check_linear_layer_shapes():
    X = RNG.normal(size=(5, 4))
    W = RNG.normal(size=(3, 4))
    b = RNG.normal(size=3)
    got = np.asarray(linear_layer(X, W, b))
    assert got.shape == (5, 3), f"linear_layer with X (5, 4), W (3, 4), b (3,) should return shape (5, 3), one row per example, got {got.shape}"
    assert np.allclose(got[2], W @ X[2] + b), f"linear_layer: row 2 should be W @ X[2] + b = {W @ X[2] + b}, got {got[2]}"

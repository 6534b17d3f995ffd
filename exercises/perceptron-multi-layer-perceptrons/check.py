import numpy as np

from exercise import perceptron_train, xor_network

CORNERS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)


def predict(w, b, X):
    return (np.asarray(X) @ np.asarray(w, dtype=float) + b > 0).astype(int)


def check_learns_and():
    w, b, converged = perceptron_train(CORNERS, np.array([0, 0, 0, 1]))
    got = [int(v) for v in predict(w, b, CORNERS)]
    assert converged, (
        f"perceptron_train on AND should converge (AND is linearly separable), but returned converged={converged} with w={w}, b={b}. "
        "Is the bias updated too (b += lr·(y − prediction))? Without a bias the boundary must pass through the origin."
    )
    assert got == [0, 0, 0, 1], (
        f"perceptron_train on AND returned w={w}, b={b}, which predicts {got} on the four corners instead of [0, 0, 0, 1] "
        "(predicting 1 only where w·x + b > 0, strictly; a point with w·x + b = 0 is class 0)"
    )


def check_follows_the_rule_exactly():
    # Starting from zero, the first example is predicted 0 (w·x + b = 0 is not > 0), which is right for it.
    X = np.array([[2.0, 1.0], [-1.0, -2.0], [1.0, -1.0], [-2.0, 1.0]])
    y = np.array([0, 1, 0, 1])
    w, b, converged = perceptron_train(X, y, lr=0.5)
    w = np.asarray(w, dtype=float)
    assert converged and np.allclose(w, [-1.0, -0.5]) and np.isclose(b, 0.0), (
        f"perceptron_train(X=[[2, 1], [-1, -2], [1, -1], [-2, 1]], y=[0, 1, 0, 1], lr=0.5) should end at w=[-1, -0.5], b=0 "
        f"with converged=True (two updates in the first epoch, none in the second), got w={w}, b={b}, converged={converged}. "
        "Predict 1 only when w·x + b > 0 (strictly), start from zeros, visit the examples in order and update only on mistakes, scaled by lr."
    )


def check_cannot_learn_xor():
    w, b, converged = perceptron_train(CORNERS, np.array([0, 1, 1, 0]), max_epochs=50)
    assert converged is False or converged == False, (  # noqa: E712
        f"perceptron_train on XOR returned converged={converged}, but no line separates XOR; after max_epochs it must return False"
    )
    got = [int(v) for v in predict(w, b, CORNERS)]
    assert got != [0, 1, 1, 0], f"perceptron_train on XOR returned w={w}, b={b}, which cannot separate XOR"


def check_separable_data_with_a_margin():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(60, 3))
    true_w = np.array([1.5, -2.0, 0.5])
    scores = X @ true_w + 0.3
    keep = np.abs(scores) > 0.5
    X, y = X[keep], (scores[keep] > 0).astype(int)
    w, b, converged = perceptron_train(X, y, lr=1.0, max_epochs=200)
    got = predict(w, b, X)
    wrong = int(np.sum(got != y))
    assert converged and wrong == 0, (
        f"perceptron_train on {len(y)} linearly separable points in 3-D should converge with no mistakes; "
        f"got converged={converged} and {wrong} misclassified points"
    )


def check_xor_network():
    got = np.asarray(xor_network(CORNERS.astype(int)))
    assert got.shape == (4,), f"xor_network on the four corners (shape (4, 2)) should return shape (4,), got {got.shape}"
    assert list(got.astype(int)) == [0, 1, 1, 0], (
        f"xor_network on [[0, 0], [0, 1], [1, 0], [1, 1]] should return [0, 1, 1, 0], got {[int(v) for v in got]}. "
        "XOR(a, b) = AND(OR(a, b), NAND(a, b))."
    )
    repeated = np.asarray(xor_network(np.array([[1, 1], [1, 0], [1, 0], [0, 0], [0, 1]])))
    assert list(repeated.astype(int)) == [0, 1, 1, 0, 1], f"xor_network on [[1, 1], [1, 0], [1, 0], [0, 0], [0, 1]] should return [0, 1, 1, 0, 1], got {[int(v) for v in repeated]}"

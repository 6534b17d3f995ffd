import numpy as np

from exercise import mlp_forward, predict_proba


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def layer(rng, n_in, n_out):
    return rng.normal(scale=1 / np.sqrt(n_in), size=(n_out, n_in)), rng.normal(scale=0.1, size=n_out)


def check_small_network_by_hand():
    X = np.array([[1.0, 2.0], [-1.0, 0.5]])
    W1 = np.array([[1.0, -1.0], [0.5, 1.0], [-2.0, 0.0]])
    b1 = np.array([0.0, 1.0, 0.5])
    W2 = np.array([[1.0, 1.0, 1.0], [0.0, -1.0, 2.0]])
    b2 = np.array([-1.0, 0.0])
    acts = mlp_forward(X, [(W1, b1), (W2, b2)])
    assert len(acts) == 3, f"mlp_forward with 2 layers should return 3 arrays [X, h1, logits], got {len(acts)}"
    h1 = np.array([[0.0, 3.5, 0.0], [0.0, 1.0, 2.5]])
    logits = np.array([[2.5, -3.5], [2.5, 4.0]])
    assert np.allclose(acts[0], X), f"mlp_forward: the first element of the list should be X itself, got\n{show(acts[0])}"
    assert np.shape(acts[1]) == (2, 3) and np.allclose(acts[1], h1), (
        f"mlp_forward: the hidden layer relu(X @ W1.T + b1) should be\n{show(h1)}\ngot\n{show(acts[1])}\n"
        "Row i of X @ W1.T holds W1·xᵢ; ReLU then clips negatives to 0."
    )
    assert np.allclose(acts[2], logits), (
        f"mlp_forward: the logits h1 @ W2.T + b2 should be\n{show(logits)}\ngot\n{show(acts[2])}\n"
        + ("The last layer must have no ReLU: the logit -3.5 was clipped to 0." if np.allclose(acts[2], np.maximum(logits, 0)) else "")
    )


def check_shapes_through_a_deep_network():
    rng = np.random.default_rng(0)
    sizes = [784, 128, 64, 10]
    params = [layer(rng, a, b) for a, b in zip(sizes, sizes[1:])]
    X = rng.normal(size=(5, 784))
    acts = mlp_forward(X, params)
    shapes = [np.shape(a) for a in acts]
    assert shapes == [(5, 784), (5, 128), (5, 64), (5, 10)], (
        f"mlp_forward for layer sizes 784 → 128 → 64 → 10 and a batch of 5 should give shapes "
        f"[(5, 784), (5, 128), (5, 64), (5, 10)], got {shapes}"
    )
    for i in (1, 2):
        assert np.min(acts[i]) >= 0, f"mlp_forward: hidden activation {i} has negative entries ({np.min(acts[i]):.3f}); is ReLU applied after every hidden layer?"
    assert np.min(acts[3]) < 0, "mlp_forward: the logits should be raw scores, some of them negative, but all are ≥ 0: is a ReLU applied to the last layer?"
    h = X
    for W, b in params[:-1]:
        h = np.maximum(h @ W.T + b, 0)
    expected = h @ params[-1][0].T + params[-1][1]
    assert np.allclose(acts[3], expected), f"mlp_forward: the logits of the 784 → 128 → 64 → 10 network differ from relu layers then a linear layer, e.g. row 0 should be\n{show(expected[0])}\ngot\n{show(acts[3][0])}"


def check_single_layer_is_linear():
    X = np.array([[3.0, -4.0]])
    acts = mlp_forward(X, [(np.array([[1.0, 1.0]]), np.array([0.0]))])
    assert len(acts) == 2 and np.allclose(acts[1], [[-1.0]]), (
        f"mlp_forward with one layer W = [[1, 1]], b = [0] on [[3, -4]] should return [X, [[-1]]] (a lone layer is the output layer: no ReLU), got {[show(a) for a in acts]}"
    )


def check_probabilities():
    X = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]])
    W = np.array([[1.0, 0.0], [0.0, 2.0], [-1.0, 1.0]])
    params = [(W, np.zeros(3))]
    p = np.asarray(predict_proba(X, params))
    z = X @ W.T
    expected = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    assert p.shape == (3, 3), f"predict_proba on 3 examples and 3 classes should have shape (3, 3), got {p.shape}"
    hint = " Each row must sum to 1: is the softmax taken over axis 0 (down the batch) instead of axis 1?" if not np.allclose(p.sum(axis=1), 1) else ""
    assert np.allclose(p, expected), f"predict_proba: for logits\n{show(z)}\nthe row-wise softmax is\n{show(expected)}\ngot\n{show(p)}.{hint}"


def check_probabilities_with_large_scores():
    W = np.array([[800.0, 0.0], [0.0, 800.0]])
    with np.errstate(all="ignore"):
        p = np.asarray(predict_proba(np.array([[1.0, 1.001], [1.0, 0.0]]), [(W, np.zeros(2))]))
    expected = np.array([[1 / (1 + np.exp(0.8)), 1 / (1 + np.exp(-0.8))], [1.0, 0.0]])
    assert np.all(np.isfinite(p)) and np.allclose(p, expected), (
        f"predict_proba with logits [[800, 800.8], [800, 0]] should give\n{show(expected)}\ngot\n{show(p)}\n"
        "exp(800) overflows to inf: subtract each row's maximum from its logits before np.exp."
    )

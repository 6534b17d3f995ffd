import numpy as np

from exercise import huber_loss, softmax_cross_entropy


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=5, suppress_small=True)


def reference(z, labels):
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    return -np.mean(np.log(p[np.arange(len(labels)), labels]))


def check_small_batch():
    z = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
    labels = np.array([0, 2])
    loss, _ = softmax_cross_entropy(z, labels)
    expected = reference(z, labels)
    assert np.isclose(loss, expected), (
        f"softmax_cross_entropy(logits={show(z)}, labels=[0, 2]) should be the mean of −log p[label] = {expected:.6f}, got {loss}"
    )


def check_equal_logits_give_log_k():
    loss, _ = softmax_cross_entropy(np.zeros((3, 4)), np.array([0, 1, 3]))
    assert np.isclose(loss, np.log(4)), f"softmax_cross_entropy with all logits 0 over 4 classes should be log 4 = {np.log(4):.6f} (each p = 1/4), got {loss}"


def check_huge_logits_stay_finite():
    z = np.array([[1000.0, 0.0, -1000.0], [1000.0, 0.0, -1000.0]])
    with np.errstate(all="ignore"):
        loss_right, _ = softmax_cross_entropy(z[:1], np.array([0]))
        loss_wrong, grad = softmax_cross_entropy(z, np.array([1, 2]))
    assert np.isclose(loss_right, 0.0, atol=1e-12), (
        f"softmax_cross_entropy([[1000, 0, -1000]], [0]) should be 0 (the right class wins by 1000), got {loss_right}. "
        "exp(1000) overflows: subtract the row maximum first."
    )
    assert np.isfinite(loss_wrong) and np.isclose(loss_wrong, 1500.0), (
        f"softmax_cross_entropy([[1000, 0, -1000]] twice, labels [1, 2]) should be (1000 + 2000) / 2 = 1500, got {loss_wrong}. "
        "If you took log(softmax), p = exp(−2000) underflows to 0 and log(0) = −inf: use log_probs = z − logsumexp(z) instead."
    )
    assert np.all(np.isfinite(grad)), f"softmax_cross_entropy: the gradient for logits ±1000 should be finite, got\n{show(grad)}"


def check_gradient():
    rng = np.random.default_rng(5)
    z = rng.normal(size=(4, 3))
    labels = np.array([2, 0, 1, 1])
    _, grad = softmax_cross_entropy(z.copy(), labels)
    h = 1e-6
    expected = np.zeros_like(z)
    for i in np.ndindex(z.shape):
        up, down = z.copy(), z.copy()
        up[i] += h
        down[i] -= h
        expected[i] = (reference(up, labels) - reference(down, labels)) / (2 * h)
    grad = np.asarray(grad)
    hint = ""
    if grad.shape == z.shape and np.allclose(grad, 4 * expected, atol=1e-5):
        hint = " Yours is 4 times too big: the loss is a mean over the batch of 4, so divide the gradient by n."
    assert grad.shape == (4, 3) and np.allclose(grad, expected, atol=1e-6), (
        f"softmax_cross_entropy: the gradient for a batch of 4 should be (softmax − one-hot) / 4 =\n{show(expected)}\ngot\n{show(grad)}.{hint}"
    )


def check_huber_pieces():
    y_true = np.zeros(4)
    y_pred = np.array([0.5, -1.0, 3.0, -2.0])
    got = huber_loss(y_true, y_pred, delta=1.0)
    expected = (0.125 + 0.5 + 2.5 + 1.5) / 4
    assert np.isclose(got, expected), (
        f"huber_loss(0, [0.5, -1, 3, -2], delta=1) should be mean(0.125, 0.5, 2.5, 1.5) = {expected}, got {got}. "
        "Beyond delta the loss is delta·(|r| − delta/2): 1·(3 − 0.5) = 2.5 for r = 3."
    )


def check_huber_is_continuous_at_delta():
    delta = 2.0
    below = huber_loss(np.array([0.0]), np.array([delta - 1e-9]), delta)
    above = huber_loss(np.array([0.0]), np.array([delta + 1e-9]), delta)
    assert abs(above - below) < 1e-6 and np.isclose(below, delta**2 / 2), (
        f"huber_loss with delta=2 just below and above r = 2 gave {below} and {above}; both should be delta²/2 = 2. "
        "The linear piece is delta·(|r| − delta/2)."
    )


def check_outliers_weigh_less_than_in_mse():
    y_true = np.zeros(5)
    y_pred = np.array([0.1, -0.2, 0.1, 0.0, 100.0])
    got = huber_loss(y_true, y_pred, delta=1.0)
    expected = (0.005 + 0.02 + 0.005 + 0 + 99.5) / 5
    assert np.isclose(got, expected), (
        f"huber_loss(0, [0.1, -0.2, 0.1, 0, 100], delta=1) should be {expected:.4f}, growing linearly with the outlier "
        f"(MSE would give {np.mean(y_pred ** 2):.1f}), got {got}"
    )

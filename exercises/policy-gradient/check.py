import warnings

import numpy as np

from exercise import grad_log_softmax, reinforce_bandit


def _softmax(theta):
    z = np.exp(theta - np.max(theta))
    return z / z.sum()


def check_gradient_values():
    got = np.asarray(grad_log_softmax(np.zeros(3), 1), dtype=float)
    hint = " Only the one-hot part: subtract the probabilities π as well." if np.allclose(got, [0, 1, 0]) else ""
    assert got.shape == (3,) and np.allclose(got, [-1 / 3, 2 / 3, -1 / 3]), (
        f"grad_log_softmax(θ = 0, a = 1): every arm has π = 1/3, so the gradient is (0, 1, 0) − (1/3, 1/3, 1/3) = (-1/3, 2/3, -1/3); got {got}.{hint}"
    )


def check_gradient_matches_finite_differences():
    theta = np.array([0.5, -1.0, 2.0, 0.0])
    h = 1e-6
    for a in range(4):
        numeric = np.array([(np.log(_softmax(theta + h * e)[a]) - np.log(_softmax(theta - h * e)[a])) / (2 * h) for e in np.eye(4)])
        got = np.asarray(grad_log_softmax(theta, a), dtype=float)
        assert np.allclose(got, numeric, atol=1e-6), (
            f"grad_log_softmax(θ = {theta.tolist()}, a = {a}) should be ≈ {np.round(numeric, 5)} (central differences of log π(a)), got {np.round(got, 5)}"
        )


def check_gradient_is_stable_and_unbiased():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            got = np.asarray(grad_log_softmax(np.array([1000.0, 0.0]), 1), dtype=float)
        except (RuntimeWarning, FloatingPointError) as problem:
            raise AssertionError(f"grad_log_softmax(θ = (1000, 0), 1) raised '{problem}': subtract max θ before exponentiating") from None
    assert np.allclose(got, [-1.0, 1.0]), f"grad_log_softmax(θ = (1000, 0), a = 1) should be (-1, 1) (π ≈ (1, 0)), got {got}"
    theta = np.array([0.3, -0.7, 1.1])
    pi = _softmax(theta)
    expected_grad = sum(pi[a] * np.asarray(grad_log_softmax(theta, a), dtype=float) for a in range(3))
    assert np.allclose(expected_grad, 0.0, atol=1e-12), (
        f"Σₐ π(a)·∇log π(a) should be 0 (that is why a baseline adds no bias), but with your gradient it is {expected_grad}"
    )


def check_learns_the_best_arm():
    theta = np.asarray(reinforce_bandit([1.0, 2.0, 1.5], 1500, 0.05, seed=0), dtype=float)
    pi = _softmax(theta)
    hint = " The worst arm is favoured: move θ along +(r − b)·∇log π(a) (ascent), not against it." if np.argmax(pi) == 0 else ""
    assert theta.shape == (3,) and pi[1] > 0.95, (
        f"reinforce_bandit(means = [1, 2, 1.5], 1500 steps, lr = 0.05) should end up choosing arm 1 (the best) with probability > 0.95; "
        f"the final policy is {np.round(pi, 3)}.{hint}"
    )


def check_baseline_handles_large_rewards():
    means = [10.0, 11.0, 10.5]
    finals = [_softmax(np.asarray(reinforce_bandit(means, 1000, 0.02, seed=s), dtype=float)) for s in range(7)]
    worst = min(p[1] for p in finals)
    assert worst > 0.8, (
        f"reinforce_bandit(means = [10, 11, 10.5], 1000 steps, lr = 0.02) with the baseline should pick arm 1 with probability > 0.8 for "
        f"seeds 0–6; the lowest was {worst:.3f} (policies: {[np.round(p, 2).tolist() for p in finals]}). With every reward near 10 and no baseline, "
        "each update pushes up whatever arm was drawn and learning is erratic: subtract the running mean of the previous rewards"
    )


def check_is_deterministic():
    a = np.asarray(reinforce_bandit([0.0, 1.0], 200, 0.1, seed=3), dtype=float)
    b = np.asarray(reinforce_bandit([0.0, 1.0], 200, 0.1, seed=3), dtype=float)
    assert np.array_equal(a, b), "reinforce_bandit with the same seed should return the same θ: draw everything from np.random.default_rng(seed)"

"""REINFORCE on a multi-armed bandit: a reference solution."""
import numpy as np


def softmax(theta):
    z = np.exp(theta - np.max(theta))
    return z / z.sum()


def grad_log_softmax(theta, a):
    theta = np.asarray(theta, dtype=float)
    g = -softmax(theta)
    g[a] += 1.0
    return g


def reinforce_bandit(means, n_steps, lr, seed=0, use_baseline=True):
    rng = np.random.default_rng(seed)
    k = len(means)
    theta = np.zeros(k)
    baseline = 0.0
    for t in range(1, n_steps + 1):
        a = int(rng.choice(k, p=softmax(theta)))
        r = rng.normal(means[a], 1.0)
        b = baseline if use_baseline else 0.0
        theta += lr * (r - b) * grad_log_softmax(theta, a)
        baseline += (r - baseline) / t
    return theta

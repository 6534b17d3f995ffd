"""One-step tabular actor-critic: a reference solution."""
import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def td_error(V, s, r, s_next, done, gamma):
    future = 0.0 if done else gamma * V[s_next]
    return float(r + future - V[s])


def actor_critic_step(theta, V, s, a, r, s_next, done, alpha_actor, alpha_critic, gamma):
    delta = td_error(V, s, r, s_next, done, gamma)
    grad = -softmax(theta[s])
    grad[a] += 1.0
    theta[s] += alpha_actor * delta * grad
    V[s] += alpha_critic * delta
    return delta

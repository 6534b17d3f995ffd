"""Tabular Q-learning: a reference solution."""
import numpy as np


def q_update(Q, s, a, r, s_next, done, alpha, gamma):
    target = r if done else r + gamma * np.max(Q[s_next])
    delta = target - Q[s, a]
    Q[s, a] += alpha * delta
    return float(delta)


def q_learning(step, n_states, n_actions, start, n_episodes, alpha=0.5, gamma=0.9, epsilon=0.2, seed=0, max_steps=100):
    rng = np.random.default_rng(seed)
    Q = np.zeros((n_states, n_actions))
    for _ in range(n_episodes):
        s = start
        for _ in range(max_steps):
            if rng.random() < epsilon:
                a = int(rng.integers(n_actions))
            else:
                best = np.flatnonzero(Q[s] == Q[s].max())
                a = int(rng.choice(best))
            s_next, r, done = step(s, a)
            q_update(Q, s, a, r, s_next, done, alpha, gamma)
            s = s_next
            if done:
                break
    return Q

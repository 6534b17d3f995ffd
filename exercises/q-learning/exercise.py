"""Tabular Q-learning: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def q_update(Q, s, a, r, s_next, done, alpha, gamma):
    """Apply one Q-learning update to Q[s, a] in place; return the TD error."""
    raise NotImplementedError("q_update: target = r (+ gamma * max Q[s_next] unless done); Q[s, a] += alpha * (target - Q[s, a])")


def q_learning(step, n_states, n_actions, start, n_episodes, alpha=0.5, gamma=0.9, epsilon=0.2, seed=0, max_steps=100):
    """Run n_episodes of epsilon-greedy Q-learning with step(s, a) -> (s_next, reward, done); return Q."""
    raise NotImplementedError("q_learning: Q = zeros; per episode from start: pick an epsilon-greedy action, step, q_update, until done")

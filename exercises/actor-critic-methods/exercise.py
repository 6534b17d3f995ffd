"""One-step actor-critic: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def td_error(V, s, r, s_next, done, gamma):
    """Return r + gamma * V[s_next] - V[s], without the future term when done."""
    raise NotImplementedError("td_error: the reward plus the discounted value of the next state (unless done), minus V[s]")


def actor_critic_step(theta, V, s, a, r, s_next, done, alpha_actor, alpha_critic, gamma):
    """Update theta[s] and V[s] in place from one transition; return the TD error."""
    raise NotImplementedError("actor_critic_step: delta from the current V; theta[s] += alpha_actor * delta * (onehot(a) - pi); V[s] += alpha_critic * delta")

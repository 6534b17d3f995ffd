"""REINFORCE on a multi-armed bandit: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def grad_log_softmax(theta, a):
    """Return the gradient with respect to theta of log softmax(theta)[a]."""
    raise NotImplementedError("grad_log_softmax: one-hot of a minus the (stable) softmax probabilities")


def reinforce_bandit(means, n_steps, lr, seed=0, use_baseline=True):
    """Learn softmax preferences over arms with REINFORCE (Gaussian rewards, running-average baseline); return theta."""
    raise NotImplementedError("reinforce_bandit: sample an arm, sample its reward, step theta along (r - b) * grad log pi(a)")

"""One EM step of a Gaussian mixture: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def e_step(X, weights, means, covs):
    """Return (responsibilities (n, k), total log-likelihood) of the mixture for the points X."""
    raise NotImplementedError("e_step: log(weight) + log Gaussian density per component; normalise each row with log-sum-exp")


def m_step(X, resp):
    """Return (weights (k,), means (k, d), covs (k, d, d)) re-estimated from responsibility-weighted points."""
    raise NotImplementedError("m_step: N_k = resp.sum(axis=0); weights N_k / n; weighted means; weighted covariances / N_k")

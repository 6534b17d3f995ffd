"""One EM step of a Gaussian mixture: a reference solution."""
import numpy as np


def _log_gaussian(X, mean, cov):
    d = X.shape[1]
    diff = X - mean
    L = np.linalg.cholesky(cov)
    z = np.linalg.solve(L, diff.T)  # L z = diff, so |z|² = diffᵀ Σ⁻¹ diff
    log_det = 2 * np.log(np.diag(L)).sum()
    return -0.5 * (d * np.log(2 * np.pi) + log_det + (z**2).sum(axis=0))


def e_step(X, weights, means, covs):
    X = np.asarray(X, dtype=float)
    log_p = np.column_stack([np.log(w) + _log_gaussian(X, m, c) for w, m, c in zip(weights, means, covs)])
    top = log_p.max(axis=1, keepdims=True)
    log_total = top[:, 0] + np.log(np.exp(log_p - top).sum(axis=1))
    return np.exp(log_p - log_total[:, None]), float(log_total.sum())


def m_step(X, resp):
    X = np.asarray(X, dtype=float)
    resp = np.asarray(resp, dtype=float)
    Nk = resp.sum(axis=0)
    weights = Nk / len(X)
    means = (resp.T @ X) / Nk[:, None]
    covs = []
    for k in range(resp.shape[1]):
        diff = X - means[k]
        covs.append((resp[:, k, None] * diff).T @ diff / Nk[k])
    return weights, means, np.array(covs)

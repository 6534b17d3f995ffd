"""Lasso by coordinate descent: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def soft_threshold(z, t):
    """Return sign(z) * max(|z| - t, 0), elementwise."""
    raise NotImplementedError("soft_threshold: shrink |z| by t, stop at zero, keep the sign")


def lasso_cd(X, y, alpha, n_iter=100):
    """Minimise (1/2n)||y - Xw||^2 + alpha * ||w||_1 by n_iter sweeps of cyclic coordinate descent from w = 0."""
    raise NotImplementedError("lasso_cd: for each j, rho = X_j . r / n + z_j w_j; w_j = soft_threshold(rho, alpha) / z_j; update r")

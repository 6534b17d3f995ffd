"""Elastic net by coordinate descent: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def elastic_net_objective(X, y, w, alpha, l1_ratio):
    """Return (1/2n)||y - Xw||^2 + alpha*l1_ratio*||w||_1 + (alpha*(1 - l1_ratio)/2)*||w||^2."""
    raise NotImplementedError("elastic_net_objective: the squared-error term plus the two penalties")


def elastic_net_cd(X, y, alpha, l1_ratio, n_iter=100):
    """Minimise the elastic-net objective by n_iter sweeps of cyclic coordinate descent from w = 0."""
    raise NotImplementedError("elastic_net_cd: soft-threshold c_j by alpha*l1_ratio, divide by z_j + alpha*(1 - l1_ratio)")

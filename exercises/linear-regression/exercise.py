"""Linear regression: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def fit_normal_equation(X, y):
    """Return (w, b) minimising the squared error of X @ w + b, by solving the normal equation."""
    raise NotImplementedError("fit_normal_equation: A = [X | 1]; solve (A.T @ A) theta = A.T @ y; split theta into w and b")


def mse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of mean((X @ w + b - y)**2)."""
    raise NotImplementedError("mse_gradient: residual r = X @ w + b - y; differentiate the mean of r**2")

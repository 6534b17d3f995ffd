"""Back-propagation through a two-layer network: a reference solution."""
import numpy as np


def loss_and_gradients(X, Y, params):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = X.shape[0]
    A1 = np.tanh(X @ W1.T + b1)
    Y_hat = A1 @ W2.T + b2
    diff = Y_hat - Y
    loss = np.sum(diff**2) / (2 * n)
    dY = diff / n
    dZ1 = (dY @ W2) * (1 - A1**2)
    grads = {"W2": dY.T @ A1, "b2": dY.sum(axis=0), "W1": dZ1.T @ X, "b1": dZ1.sum(axis=0)}
    return loss, grads


def numerical_gradient(f, x, h=1e-6):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        up = f(x)
        x[i] = old - h
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad

"""The perceptron learning rule, and XOR with two layers: a reference solution."""
import numpy as np


def step(z):
    return (np.asarray(z) > 0).astype(int)


def perceptron_train(X, y, lr=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(max_epochs):
        mistakes = 0
        for x, target in zip(X, y):
            error = target - (1 if w @ x + b > 0 else 0)
            if error != 0:
                w = w + lr * error * x
                b = b + lr * error
                mistakes += 1
        if mistakes == 0:
            return w, b, True
    return w, b, False


def xor_network(X):
    X = np.asarray(X)
    W_hidden = np.array([[1.0, 1.0], [-1.0, -1.0]])  # OR, NAND
    b_hidden = np.array([-0.5, 1.5])
    hidden = step(X @ W_hidden.T + b_hidden)
    return step(hidden @ np.array([1.0, 1.0]) - 1.5)  # AND

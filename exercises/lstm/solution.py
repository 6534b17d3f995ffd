"""An LSTM cell: a reference solution."""
import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def lstm_step(x, h, c, W, U, b):
    H = len(h)
    a = W @ x + U @ h + b
    i = sigmoid(a[:H])
    f = sigmoid(a[H:2 * H])
    g = np.tanh(a[2 * H:3 * H])
    o = sigmoid(a[3 * H:])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


def lstm_forward(xs, h0, c0, W, U, b):
    h = np.asarray(h0, dtype=float)
    c = np.asarray(c0, dtype=float)
    states = []
    for x in np.asarray(xs, dtype=float):
        h, c = lstm_step(x, h, c, W, U, b)
        states.append(h)
    return np.array(states).reshape(len(states), len(h)), c

"""A GRU cell: a reference solution."""
import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def gru_step(x, h, p):
    z = sigmoid(p["Wz"] @ x + p["Uz"] @ h + p["bz"])
    r = sigmoid(p["Wr"] @ x + p["Ur"] @ h + p["br"])
    n = np.tanh(p["Wn"] @ x + p["Un"] @ (r * h) + p["bn"])
    return (1 - z) * n + z * h


def gru_forward(xs, h0, p):
    h = np.asarray(h0, dtype=float)
    states = []
    for x in np.asarray(xs, dtype=float):
        h = gru_step(x, h, p)
        states.append(h)
    return np.array(states).reshape(len(states), len(h))

"""An LSTM cell: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def lstm_step(x, h, c, W, U, b):
    """Return (h', c') of an LSTM step; W x + U h + b holds the i, f, g, o blocks in that order."""
    raise NotImplementedError("lstm_step: split W x + U h + b into four blocks of H, then c' = f·c + i·g and h' = o·tanh(c')")


def lstm_forward(xs, h0, c0, W, U, b):
    """Return ((T, H) hidden states, last cell state) of the LSTM over xs."""
    raise NotImplementedError("lstm_forward: call lstm_step at every step, carrying both h and c")

"""An unrolled RNN, and gradient clipping: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def rnn_forward(xs, h0, W, U, b):
    """Return the (T, H) hidden states of h_t = tanh(W x_t + U h_(t-1) + b), starting from h0."""
    raise NotImplementedError("rnn_forward: loop over time, feeding each new h into the next step")


def clip_by_global_norm(grads, max_norm):
    """Return (clipped copies of grads, their global norm before clipping)."""
    raise NotImplementedError("clip_by_global_norm: one norm over all arrays together, one common scale factor")

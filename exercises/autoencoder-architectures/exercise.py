"""Training a linear autoencoder with gradient descent: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def train_linear_autoencoder(X, k, lr=0.01, epochs=2000, seed=0):
    """Return {"mean", "W_enc" (d, k), "W_dec" (k, d), "losses"} after gradient descent on Σ(reconstruction error)² / n."""
    raise NotImplementedError("train_linear_autoencoder: centre X, initialise both matrices, then loop: codes, error, loss, gradients, update")


def reconstruct(X, model):
    """Return the autoencoder's reconstruction of X: encode the centred data, decode, add the mean back."""
    raise NotImplementedError("reconstruct: (X - mean) @ W_enc @ W_dec + mean")

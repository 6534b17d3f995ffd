"""Training a linear autoencoder with gradient descent: a reference solution."""
import numpy as np


def train_linear_autoencoder(X, k, lr=0.01, epochs=2000, seed=0):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    mean = X.mean(axis=0)
    Xc = X - mean
    rng = np.random.default_rng(seed)
    W_enc = rng.normal(scale=0.1, size=(d, k))
    W_dec = rng.normal(scale=0.1, size=(k, d))
    losses = []
    for _ in range(epochs):
        Z = Xc @ W_enc
        E = Z @ W_dec - Xc
        losses.append(float(np.sum(E**2) / n))
        grad_dec = 2 / n * Z.T @ E
        grad_enc = 2 / n * Xc.T @ (E @ W_dec.T)
        W_enc = W_enc - lr * grad_enc
        W_dec = W_dec - lr * grad_dec
    return {"mean": mean, "W_enc": W_enc, "W_dec": W_dec, "losses": losses}


def reconstruct(X, model):
    X = np.asarray(X, dtype=float)
    return (X - model["mean"]) @ model["W_enc"] @ model["W_dec"] + model["mean"]

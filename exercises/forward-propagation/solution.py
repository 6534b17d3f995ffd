"""Forward pass of a multi-layer perceptron: a reference solution."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def mlp_forward(X, params):
    activations = [np.asarray(X, dtype=float)]
    for i, (W, b) in enumerate(params):
        Z = activations[-1] @ np.asarray(W).T + b
        activations.append(Z if i == len(params) - 1 else relu(Z))
    return activations


def predict_proba(X, params):
    logits = mlp_forward(X, params)[-1]
    shifted = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)

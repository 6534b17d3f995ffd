"""The chain rule through a stack of layers: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def value_and_derivative(layers, x):
    """Return (value, derivative) at x of the composition of layers, a list of (f, df) pairs applied in order."""
    raise NotImplementedError("value_and_derivative: a forward pass that keeps each layer's input, then the product of df(input)")


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def sigmoid_stack_derivative(x, n):
    """Return the derivative at x of sigmoid applied n times."""
    raise NotImplementedError("sigmoid_stack_derivative: n (sigmoid, its derivative) layers through value_and_derivative")

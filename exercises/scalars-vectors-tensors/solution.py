"""Tensor shapes: a reference solution."""
import numpy as np


def to_channels_first(images):
    return np.transpose(images, (0, 3, 1, 2))


def normalise_channels(images):
    mean = images.mean(axis=(0, 1, 2))  # shape (C,): broadcasts against (N, H, W, C)
    std = images.std(axis=(0, 1, 2))
    return (images - mean) / std

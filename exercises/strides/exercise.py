"""Output sizes and strided convolutions: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def conv_output_size(n, k, padding=0, stride=1):
    """Return floor((n - k + 2·padding) / stride) + 1; ValueError if k > n + 2·padding or stride < 1."""
    raise NotImplementedError("conv_output_size: integer division, then + 1")


def conv2d_strided(image, kernel, stride=1, padding=0):
    """Zero-pad image by padding, then cross-correlate with kernel at every stride-th position."""
    raise NotImplementedError("conv2d_strided: pad, size the output with conv_output_size, window (i, j) starts at (i*stride, j*stride)")

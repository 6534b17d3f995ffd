"""A 2-D convolution, then a convolutional layer: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def conv2d(image, kernel):
    """Return the valid cross-correlation of a 2-D image with a 2-D kernel, shape (H - kh + 1, W - kw + 1)."""
    raise NotImplementedError("conv2d: for each output position, multiply the window under the kernel by the kernel and sum")


def conv_layer(x, weights, bias):
    """Return the (F, H', W') feature maps of F filters of shape (C, kh, kw) over x of shape (C, H, W), plus bias."""
    raise NotImplementedError("conv_layer: for each filter, sum conv2d over the input channels and add the filter's bias")

"""Zero padding and "same" convolutions: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def conv2d_valid(image, kernel):
    """Given: the valid cross-correlation, shape (H - kh + 1, W - kw + 1)."""
    kh, kw = kernel.shape
    windows = np.lib.stride_tricks.sliding_window_view(np.asarray(image, dtype=float), (kh, kw))
    return np.einsum("ijab,ab->ij", windows, kernel)


def zero_pad(image, pad_h, pad_w):
    """Return image with pad_h rows of zeros above and below and pad_w columns of zeros left and right."""
    raise NotImplementedError("zero_pad: a zero array of the padded shape, with the image copied into its middle")


def conv2d_same(image, kernel):
    """Return the cross-correlation of image with an odd-sized kernel, zero-padded so the output is image-sized."""
    raise NotImplementedError("conv2d_same: check kh and kw are odd, pad by (k - 1) // 2 along each axis, then conv2d_valid")

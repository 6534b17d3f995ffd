"""Zero padding and "same" convolutions: a reference solution."""
import numpy as np


def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    windows = np.lib.stride_tricks.sliding_window_view(np.asarray(image, dtype=float), (kh, kw))
    return np.einsum("ijab,ab->ij", windows, kernel)


def zero_pad(image, pad_h, pad_w):
    image = np.asarray(image, dtype=float)
    H, W = image.shape
    out = np.zeros((H + 2 * pad_h, W + 2 * pad_w))
    out[pad_h:pad_h + H, pad_w:pad_w + W] = image
    return out


def conv2d_same(image, kernel):
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    if kh % 2 == 0 or kw % 2 == 0:
        raise ValueError(f"'same' padding needs odd kernel sizes, got {kernel.shape}")
    return conv2d_valid(zero_pad(image, (kh - 1) // 2, (kw - 1) // 2), kernel)

"""Output sizes and strided convolutions: a reference solution."""
import numpy as np


def conv_output_size(n, k, padding=0, stride=1):
    if stride < 1:
        raise ValueError(f"stride must be at least 1, got {stride}")
    if k > n + 2 * padding:
        raise ValueError(f"kernel size {k} is larger than the padded input {n + 2 * padding}")
    return (n - k + 2 * padding) // stride + 1


def conv2d_strided(image, kernel, stride=1, padding=0):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    padded = np.zeros((H + 2 * padding, W + 2 * padding))
    padded[padding:padding + H, padding:padding + W] = image
    out = np.zeros((conv_output_size(H, kh, padding, stride), conv_output_size(W, kw, padding, stride)))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            r, c = i * stride, j * stride
            out[i, j] = np.sum(padded[r:r + kh, c:c + kw] * kernel)
    return out

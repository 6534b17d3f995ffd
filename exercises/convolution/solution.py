"""A 2-D convolution, then a convolutional layer: a reference solution."""
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out


def conv_layer(x, weights, bias):
    maps = []
    for f in range(weights.shape[0]):
        total = sum(conv2d(x[c], weights[f, c]) for c in range(x.shape[0]))
        maps.append(total + bias[f])
    return np.array(maps)

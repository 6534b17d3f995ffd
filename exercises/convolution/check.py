import numpy as np

from exercise import conv2d, conv_layer


def correlate2d(image, kernel, mode="valid"):
    windows = np.lib.stride_tricks.sliding_window_view(image, kernel.shape)
    return np.einsum("ijab,ab->ij", windows, kernel)


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def check_small_example_by_hand():
    image = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    kernel = np.array([[1.0, 0.0], [0.0, -1.0]])
    got = np.asarray(conv2d(image, kernel))
    expected = np.array([[-4.0, -4.0], [-4.0, -4.0]])
    hint = ""
    if got.shape == (2, 2) and np.allclose(got, 4.0):
        hint = " You flipped the kernel (the mathematicians' convolution); deep learning libraries slide it as it is."
    elif got.shape != (2, 2):
        hint = f" A 2×2 kernel fits in 3 − 2 + 1 = 2 positions along each axis."
    assert got.shape == (2, 2) and np.allclose(got, expected), (
        f"conv2d([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 0], [0, -1]]) should be [[-4, -4], [-4, -4]] "
        f"(out[0, 0] = 1·1 + 5·(−1)), got\n{show(got)}.{hint}"
    )


def check_rectangular_shapes():
    rng = np.random.default_rng(1)
    image = rng.normal(size=(5, 7))
    kernel = rng.normal(size=(2, 3))
    got = np.asarray(conv2d(image, kernel))
    expected = correlate2d(image, kernel, mode="valid")
    assert got.shape == (4, 5), f"conv2d of a (5, 7) image with a (2, 3) kernel should have shape (5 − 2 + 1, 7 − 3 + 1) = (4, 5), got {got.shape}"
    assert np.allclose(got, expected), f"conv2d of a random (5, 7) image with a (2, 3) kernel should be\n{show(expected)}\ngot\n{show(got)}"


def check_edge_detector():
    image = np.zeros((4, 6))
    image[:, 3:] = 1.0
    got = np.asarray(conv2d(image, np.array([[-1.0, 1.0]])))
    expected = np.zeros((4, 5))
    expected[:, 2] = 1.0
    assert np.allclose(got, expected), (
        f"conv2d of an image that steps from 0 to 1 between columns 2 and 3, with kernel [[-1, 1]], should be 1 in column 2 "
        f"and 0 elsewhere, got\n{show(got)}"
    )


def check_shifting_the_input_shifts_the_output():
    rng = np.random.default_rng(2)
    image = rng.normal(size=(6, 6))
    kernel = rng.normal(size=(3, 3))
    shifted = np.roll(image, shift=(1, 2), axis=(0, 1))
    a = np.asarray(conv2d(image, kernel))
    b = np.asarray(conv2d(shifted, kernel))
    assert np.allclose(a[:-1, :-2], b[1:, 2:]), (
        "conv2d: shifting the image by (1, 2) should shift the output by (1, 2), because the same kernel is used at every position"
    )


def check_layer():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(3, 6, 5))
    weights = rng.normal(size=(4, 3, 3, 2))
    bias = np.array([0.5, -1.0, 0.0, 2.0])
    got = np.asarray(conv_layer(x, weights, bias))
    assert got.shape == (4, 4, 4), f"conv_layer with x (3, 6, 5), weights (4, 3, 3, 2) should return shape (4, 6 − 3 + 1, 5 − 2 + 1) = (4, 4, 4), got {got.shape}"
    expected = np.array([sum(correlate2d(x[c], weights[f, c], mode="valid") for c in range(3)) + bias[f] for f in range(4)])
    hint = ""
    if np.allclose(got, expected - bias[:, None, None]):
        hint = " The bias is missing."
    elif np.allclose((got - bias[:, None, None]) * 3, expected - bias[:, None, None]):
        hint = " Sum over the input channels; do not average them."
    assert np.allclose(got, expected), f"conv_layer: feature map 0 should be\n{show(expected[0])}\ngot\n{show(got[0])}.{hint}"

import numpy as np

from exercise import conv2d_same, zero_pad


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def reference_same(image, kernel):
    kh, kw = kernel.shape
    padded = np.pad(image, (((kh - 1) // 2,) * 2, ((kw - 1) // 2,) * 2))
    windows = np.lib.stride_tricks.sliding_window_view(padded, kernel.shape)
    return np.einsum("ijab,ab->ij", windows, kernel)


def check_zero_pad():
    image = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    got = np.asarray(zero_pad(image, 1, 2))
    expected = np.zeros((4, 7))
    expected[1:3, 2:5] = image
    assert got.shape == (4, 7), f"zero_pad of a (2, 3) image with pad_h=1, pad_w=2 should have shape (2 + 2·1, 3 + 2·2) = (4, 7), got {got.shape}"
    hint = " The border must be zeros, not copies of the edge pixels." if np.all(got != 0) else ""
    assert np.array_equal(got, expected), f"zero_pad([[1, 2, 3], [4, 5, 6]], 1, 2) should be\n{show(expected)}\ngot\n{show(got)}.{hint}"
    assert np.array_equal(image, [[1, 2, 3], [4, 5, 6]]), "zero_pad changed its input image"


def check_no_padding():
    image = np.arange(6.0).reshape(2, 3)
    got = np.asarray(zero_pad(image, 0, 0))
    assert got.shape == (2, 3) and np.array_equal(got, image), f"zero_pad(image, 0, 0) should return the image unchanged, got\n{show(got)}"


def check_same_keeps_the_size():
    rng = np.random.default_rng(6)
    image = rng.normal(size=(6, 7))
    for shape in ((3, 3), (5, 5), (1, 1), (3, 5)):
        got = np.asarray(conv2d_same(image, rng.normal(size=shape)))
        assert got.shape == (6, 7), (
            f"conv2d_same of a (6, 7) image with a {shape} kernel should keep the shape (6, 7), got {got.shape}. "
            f"Pad (kh − 1) / 2 = {(shape[0] - 1) // 2} rows and (kw − 1) / 2 = {(shape[1] - 1) // 2} columns on each side."
        )


def check_borders_see_zeros():
    got = np.asarray(conv2d_same(np.ones((4, 5)), np.ones((3, 3))))
    expected = np.array([[4.0, 6, 6, 6, 4], [6, 9, 9, 9, 6], [6, 9, 9, 9, 6], [4, 6, 6, 6, 4]])
    hint = ""
    if got.shape == (4, 5) and np.isclose(got[0, 0], 9) and np.isclose(got[-1, -1], 1):
        hint = " The top-left pixel sees no zeros and the bottom-right sees mostly zeros: is all the padding after the image? Pad half on each side."
    assert got.shape == (4, 5) and np.allclose(got, expected), (
        f"conv2d_same(ones (4, 5), ones (3, 3)) sums the 3×3 neighbourhood of each pixel, counting the zero border: "
        f"corners 4, edges 6, inside 9:\n{show(expected)}\ngot\n{show(got)}{hint}"
    )


def check_kernel_is_centred():
    rng = np.random.default_rng(7)
    image = rng.normal(size=(5, 6))
    kernel = rng.normal(size=(3, 5))
    got = np.asarray(conv2d_same(image, kernel))
    expected = reference_same(image, kernel)
    hint = ""
    if got.shape == expected.shape and not np.allclose(got, expected) and np.allclose(got[0, 0], np.sum(image[:3, :5] * kernel)):
        hint = " All the padding went on one side, which shifts the output: pad half before and half after."
    assert got.shape == (5, 6) and np.allclose(got, expected), (
        f"conv2d_same of a random (5, 6) image with a (3, 5) kernel: the kernel's centre should sit on each pixel, giving\n{show(expected)}\n"
        f"got shape {got.shape}\n{show(got)}.{hint}"
    )


def check_even_kernel_is_refused():
    try:
        conv2d_same(np.ones((4, 4)), np.ones((2, 3)))
    except ValueError:
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"conv2d_same with a (2, 3) kernel should raise ValueError (2 is even), but raised {type(error).__name__}: {error}") from None
    raise AssertionError("conv2d_same with a (2, 3) kernel should raise ValueError: an even size cannot be padded equally on both sides")

import numpy as np

from exercise import conv2d_strided, conv_output_size


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def dense_reference(image, kernel, padding):
    padded = np.pad(image, padding)
    return np.einsum("ijab,ab->ij", np.lib.stride_tricks.sliding_window_view(padded, kernel.shape), kernel)


def check_output_sizes():
    cases = [((224, 7, 3, 2), 112, "the ResNet stem"), ((32, 3, 1, 1), 32, "'same' padding"), ((28, 5, 0, 1), 24, "no padding"),
             ((7, 3, 0, 2), 3, "an exact fit"), ((6, 3, 0, 2), 2, "floor: a third window would overhang"), ((5, 5, 0, 3), 1, "a kernel as big as the input")]
    for (n, k, p, s), expected, why in cases:
        got = conv_output_size(n, k, p, s)
        hint = ""
        if got == (n - k + p) // s + 1 and got != expected:
            hint = " The padding goes on both sides: 2p."
        elif got == -(-(n - k + 2 * p) // s) + 1:
            hint = " Round down (//), not up: only windows that fit entirely count."
        assert got == expected, f"conv_output_size(n={n}, k={k}, padding={p}, stride={s}) should be ⌊({n} − {k} + 2·{p}) / {s}⌋ + 1 = {expected} ({why}), got {got}.{hint}"


def check_impossible_sizes():
    for args, why in (((3, 5, 0, 1), "a 5-wide kernel on a 3-wide input"), ((8, 3, 0, 0), "stride 0")):
        try:
            conv_output_size(*args)
        except ValueError:
            continue
        except Exception as error:  # noqa: BLE001
            raise AssertionError(f"conv_output_size{args} ({why}) should raise ValueError, but raised {type(error).__name__}: {error}") from None
        raise AssertionError(f"conv_output_size{args} ({why}) should raise ValueError, but it returned")


def check_stride_two_by_hand():
    image = np.arange(25, dtype=float).reshape(5, 5)
    kernel = np.array([[1.0, 0.0], [0.0, 1.0]])
    got = np.asarray(conv2d_strided(image, kernel, stride=2))
    expected = np.array([[6.0, 10.0], [26.0, 30.0]])
    hint = " These are the first stride-1 outputs: move the window by stride in the input (start at i·stride)." if np.allclose(got, [[6, 8], [16, 18]]) else ""
    assert got.shape == (2, 2) and np.allclose(got, expected), (
        f"conv2d_strided(0..24 as 5×5, [[1, 0], [0, 1]], stride=2) should be [[6, 10], [26, 30]] (windows start at rows and columns 0 and 2), got\n{show(got)}.{hint}"
    )


def check_stride_is_subsampling():
    rng = np.random.default_rng(8)
    image = rng.normal(size=(9, 8))
    kernel = rng.normal(size=(3, 2))
    for stride, padding in ((2, 0), (3, 0), (2, 1), (1, 2)):
        got = np.asarray(conv2d_strided(image, kernel, stride=stride, padding=padding))
        expected = dense_reference(image, kernel, padding)[::stride, ::stride]
        assert got.shape == expected.shape and np.allclose(got, expected), (
            f"conv2d_strided of a (9, 8) image with a (3, 2) kernel, stride={stride}, padding={padding} should have shape {expected.shape} "
            f"and equal every {stride}th row and column of the stride-1 result; got shape {got.shape}:\n{show(got)}\nexpected\n{show(expected)}"
        )


def check_stride_halves_the_size():
    image = np.ones((32, 32))
    got = np.asarray(conv2d_strided(image, np.ones((3, 3)), stride=2, padding=1))
    assert got.shape == (16, 16), f"a 3×3 convolution with stride 2 and padding 1 should halve a 32×32 image to (16, 16), got {got.shape}"
    assert np.isclose(got[0, 0], 4.0) and np.isclose(got[1, 1], 9.0), (
        f"conv2d_strided(ones (32, 32), ones (3, 3), stride=2, padding=1): the corner output should see 4 ones (and zeros from the padding), "
        f"the next diagonal one 9; got {got[0, 0]} and {got[1, 1]}"
    )

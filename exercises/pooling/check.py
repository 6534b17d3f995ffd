import numpy as np

from exercise import global_average_pool, pool2d

GRID = np.array([[[1.0, 3.0, 2.0, 0.0],
                  [4.0, 2.0, 1.0, 1.0],
                  [0.0, -1.0, 5.0, 6.0],
                  [-2.0, -3.0, 7.0, 8.0]]])


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4, suppress_small=True)


def check_max_pool_by_hand():
    got = np.asarray(pool2d(GRID, 2, 2, "max"))
    expected = np.array([[[4.0, 2.0], [0.0, 8.0]]])
    assert got.shape == (1, 2, 2) and np.allclose(got, expected), (
        f"pool2d(x, size=2, stride=2, mode='max') on the 4×4 map\n{show(GRID[0])}\nshould be [[4, 2], [0, 8]], got\n{show(got)}"
    )


def check_average_pool_by_hand():
    got = np.asarray(pool2d(GRID, 2, 2, "avg"))
    expected = np.array([[[2.5, 1.0], [-1.5, 6.5]]])
    assert got.shape == (1, 2, 2) and np.allclose(got, expected), (
        f"pool2d(x, size=2, stride=2, mode='avg') on the 4×4 map\n{show(GRID[0])}\nshould be [[2.5, 1], [-1.5, 6.5]], got\n{show(got)}"
    )


def check_overlapping_windows():
    got = np.asarray(pool2d(GRID, size=2, stride=1, mode="max"))
    expected = np.array([[[4.0, 3.0, 2.0], [4.0, 5.0, 6.0], [0.0, 7.0, 8.0]]])
    assert got.shape == (1, 3, 3) and np.allclose(got, expected), (
        f"pool2d(x, size=2, stride=1, mode='max') on the 4×4 map should give (4 − 2) // 1 + 1 = 3 overlapping windows per axis,\n"
        f"{show(expected[0])}\ngot shape {got.shape}\n{show(got)}\nDoes window (i, j) start at (i·stride, j·stride) rather than (i·size, j·size)?"
    )


def check_leftover_rows_are_dropped():
    x = np.arange(25, dtype=float).reshape(1, 5, 5)
    got = np.asarray(pool2d(x, 2, 2, "max"))
    expected = np.array([[[6.0, 8.0], [16.0, 18.0]]])
    assert got.shape == (1, 2, 2) and np.allclose(got, expected), (
        f"pool2d of a 5×5 map (0..24) with size 2, stride 2 should give shape (1, 2, 2) = (5 − 2) // 2 + 1 full windows per axis, "
        f"values [[6, 8], [16, 18]], got shape {got.shape}\n{show(got)}\nPartial windows at the border are dropped."
    )


def check_channels_are_pooled_separately():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(64, 32, 32))
    got = np.asarray(pool2d(x, 2, 2, "max"))
    assert got.shape == (64, 16, 16), f"2×2 max pooling with stride 2 of a (64, 32, 32) map should give (64, 16, 16), got {got.shape}"
    expected = x.reshape(64, 16, 2, 16, 2).max(axis=(2, 4))
    assert np.allclose(got, expected), "pool2d on a (64, 32, 32) map: each channel should be pooled on its own, but the values differ from per-channel 2×2 maxima"


def check_unknown_mode():
    try:
        pool2d(GRID, 2, 2, "median")
    except ValueError:
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"pool2d(..., mode='median') should raise ValueError, but raised {type(error).__name__}: {error}") from None
    raise AssertionError("pool2d(..., mode='median') should raise ValueError, but it returned")


def check_global_average_pool():
    x = np.stack([GRID[0], np.ones((4, 4)), -GRID[0]])
    got = np.asarray(global_average_pool(x))
    expected = np.array([GRID[0].mean(), 1.0, -GRID[0].mean()])
    assert got.shape == (3,) and np.allclose(got, expected), (
        f"global_average_pool of a (3, 4, 4) map should return one mean per channel, shape (3,), {show(expected)}, "
        f"got shape {got.shape}: {show(got)}. Average over the height and width axes (1, 2)."
    )

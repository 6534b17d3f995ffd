import numpy as np

from exercise import normalise_channels, to_channels_first


def batch(n=2, h=4, w=5, c=3, seed=0):
    rng = np.random.default_rng(seed)
    # Each channel has its own scale and offset, as in real RGB data.
    return rng.normal(size=(n, h, w, c)) * np.array([1.0, 5.0, 20.0])[:c] + np.array([10.0, -3.0, 100.0])[:c]


def check_channels_first_shape():
    out = np.asarray(to_channels_first(batch()))
    assert out.shape == (2, 3, 4, 5), f"to_channels_first of a (2, 4, 5, 3) batch should have shape (2, 3, 4, 5), got {out.shape}"


def check_channels_first_keeps_each_pixel():
    images = batch()
    out = np.asarray(to_channels_first(images))
    for n, c, h, w in [(0, 0, 0, 1), (1, 2, 3, 4), (0, 1, 2, 0)]:
        assert out[n, c, h, w] == images[n, h, w, c], (
            f"to_channels_first: out[{n}, {c}, {h}, {w}] should be images[{n}, {h}, {w}, {c}] = {images[n, h, w, c]:.4f}, "
            f"got {out[n, c, h, w]:.4f}. Did you use reshape? It regroups the numbers in memory order; moving an axis needs transpose"
        )


def check_normalise_keeps_shape_and_input():
    images = batch()
    before = images.copy()
    out = np.asarray(normalise_channels(images))
    assert out.shape == images.shape, f"normalise_channels of a {images.shape} batch should keep the shape, got {out.shape}"
    assert np.array_equal(images, before), "normalise_channels changed its argument; return a new array instead"


def check_normalise_values():
    images = batch()
    out = np.asarray(normalise_channels(images))
    means = out.mean(axis=(0, 1, 2))
    stds = out.std(axis=(0, 1, 2))
    assert np.allclose(means, 0, atol=1e-9) and np.allclose(stds, 1), (
        f"normalise_channels: each channel of the result should have mean 0 and standard deviation 1 over all images and pixels; "
        f"got means {np.round(means, 4)} and stds {np.round(stds, 4)}. Are the statistics taken over axes (0, 1, 2)?"
    )
    expected = (images[0, 0, 0, 2] - images[..., 2].mean()) / images[..., 2].std()
    assert np.isclose(out[0, 0, 0, 2], expected), (
        f"normalise_channels: pixel [0, 0, 0] of channel 2 should be (x - mean of channel 2) / std of channel 2 = {expected:.4f}, "
        f"got {out[0, 0, 0, 2]:.4f}. The mean and std of a channel are over all images *and* all pixels, not per pixel position"
    )


def check_normalise_a_single_image():
    image = batch(n=1, seed=3)
    out = np.asarray(normalise_channels(image))
    assert np.all(np.isfinite(out)), (
        "normalise_channels of a batch of one image returned nan or inf: with statistics over the batch axis only, "
        "each pixel is its own mean and the std is 0. Use axis=(0, 1, 2)"
    )
    assert np.allclose(out.mean(axis=(0, 1, 2)), 0, atol=1e-9) and np.allclose(out.std(axis=(0, 1, 2)), 1), (
        "normalise_channels of a batch of one image: each channel should come out with mean 0 and std 1"
    )

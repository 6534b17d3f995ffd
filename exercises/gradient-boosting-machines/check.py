import numpy as np

from exercise import fit_stump, gradient_boost, predict


def _sine():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 6, 80)
    return x, np.sin(x) + rng.normal(0, 0.2, 80)


def check_stump_on_a_step():
    got = fit_stump(np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), np.array([1.0, 1.0, 1.0, 5.0, 5.0, 6.0]))
    assert len(got) == 3 and np.allclose(got, (3.5, 1.0, 16 / 3)), (
        f"fit_stump(x = 1..6, r = [1, 1, 1, 5, 5, 6]) should split at the midpoint 3.5 with leaf means 1 and 5.333, got {got}"
    )


def check_stump_with_unsorted_and_repeated_x():
    x = np.array([4.0, 1.0, 4.0, 2.0, 9.0, 1.0])
    r = np.array([2.0, -1.0, 4.0, -1.0, 3.0, -1.0])
    got = fit_stump(x, r)
    assert len(got) == 3 and np.allclose(got, (3.0, -1.0, 3.0)), (
        f"fit_stump(x = {x.tolist()}, r = {r.tolist()}) should be (3.0, -1.0, 3.0): x ≤ 3 holds the three -1s, the rest average 3; got {got}. "
        "The thresholds are midpoints of the sorted distinct x values (1, 2, 4, 9), and x need not be sorted"
    )


def check_no_rounds_is_the_mean():
    x, y = _sine()
    base, stumps = gradient_boost(x, y, 0, 0.1)
    assert np.isclose(float(base), y.mean()) and len(stumps) == 0, (
        f"gradient_boost with 0 rounds should be just the base, the mean of y = {y.mean():.4f}, with no stumps; got base {base}, {len(stumps)} stumps. "
        "Under squared loss the best constant is the mean, not 0"
    )


def check_first_round_fits_the_centred_targets():
    x, y = _sine()
    base, stumps = gradient_boost(x, y, 1, 1.0)
    expected = fit_stump(x, y - y.mean())
    hint = ""
    if len(stumps) == 1 and np.allclose(stumps[0], fit_stump(x, y)):
        hint = " That is the stump fitted to y itself: fit each stump to the residuals y - current, which here are y - mean(y)."
    assert len(stumps) == 1 and np.allclose(stumps[0], expected), (
        f"with learning_rate=1, the first stump should be fit_stump(x, y - mean(y)) = {np.round(expected, 4)}, "
        f"got {np.round(stumps, 4) if len(stumps) else stumps}.{hint}"
    )


def check_every_stump_fits_the_current_residuals():
    x, y = _sine()
    lr = 0.3
    base, stumps = gradient_boost(x, y, 5, lr)
    assert len(stumps) == 5, f"gradient_boost(n_rounds=5) should return 5 stumps, got {len(stumps)}"
    for m in range(5):
        residuals = y - predict((base, stumps[:m]), x)
        t, a, b = fit_stump(x, residuals)
        expected = (t, lr * a, lr * b)
        got = tuple(float(v) for v in stumps[m])
        hint = ""
        if np.allclose(got, (t, a, b)):
            hint = " It equals the unscaled stump: multiply both leaf values by the learning rate."
        elif m > 0 and np.allclose(got, stumps[0]):
            hint = " It is the same as the first stump: recompute the residuals y - current every round, after adding each stump."
        assert np.allclose(got, expected), (
            f"stump {m} (learning_rate={lr}) should be fitted to the residuals of the first {m} stumps and scaled: "
            f"expected {np.round(expected, 4)}, got {np.round(got, 4)}.{hint}"
        )


def check_training_error_goes_down():
    x, y = _sine()
    base, stumps = gradient_boost(x, y, 100, 0.2)
    errors = [float(np.mean((predict((base, stumps[:m]), x) - y) ** 2)) for m in (0, 1, 10, 50, 100)]
    assert all(a > b for a, b in zip(errors, errors[1:])) and errors[-1] < 0.03, (
        f"the training MSE after 0, 1, 10, 50 and 100 rounds (learning_rate=0.2) should fall steadily to below 0.03 on a noisy sine, "
        f"got {np.round(errors, 4).tolist()}"
    )

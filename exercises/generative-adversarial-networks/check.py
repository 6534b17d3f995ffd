import numpy as np

from exercise import bce_with_logits, discriminator_loss, generator_loss


def naive_bce(z, t):
    s = 1 / (1 + np.exp(-z))
    return np.mean(-(t * np.log(s) + (1 - t) * np.log(1 - s)))


def check_bce_small_values():
    z = np.array([2.0, -1.0, 0.0, 0.5])
    t = np.array([1.0, 0.0, 1.0, 0.0])
    got = bce_with_logits(z, t)
    expected = naive_bce(z, t)
    assert np.isclose(got, expected), f"bce_with_logits(z=[2, -1, 0, 0.5], t=[1, 0, 1, 0]) should be {expected:.6f}, got {got}"


def check_bce_extreme_logits():
    z = np.array([1000.0, -1000.0, 1000.0, -1000.0])
    t = np.array([1.0, 0.0, 0.0, 1.0])
    with np.errstate(all="ignore"):
        got = bce_with_logits(z, t)
    assert np.isfinite(got) and np.isclose(got, 500.0), (
        f"bce_with_logits(z=[1000, -1000, 1000, -1000], t=[1, 0, 0, 1]) should be (0 + 0 + 1000 + 1000) / 4 = 500, got {got}. "
        "σ(±1000) rounds to exactly 1 or 0 and log(0) = −inf: use max(z, 0) − z·t + log1p(exp(−|z|))."
    )


def check_discriminator_loss():
    real = np.array([20.0, 30.0])
    fake = np.array([-25.0, -20.0, -40.0])
    sharp = discriminator_loss(real, fake)
    assert 0 <= sharp < 1e-8, (
        f"discriminator_loss for real logits [20, 30] and fake logits [-25, -20, -40] (a discriminator that is right and sure) should be about 0, got {sharp}. "
        "Real samples get target 1 and fakes target 0"
    )
    fooled = discriminator_loss(-real, -fake)
    assert np.isclose(fooled, 25.0 + 85 / 3, rtol=1e-6), (
        f"discriminator_loss for real logits [-20, -30] and fake logits [25, 20, 40] (sure and wrong) should be 25 + 85/3 ≈ 53.33, got {fooled}. "
        "Real samples get target 1, fakes target 0."
    )
    unsure = discriminator_loss(np.zeros(4), np.zeros(4))
    assert np.isclose(unsure, 2 * np.log(2)), f"discriminator_loss with all logits 0 (σ = 1/2 everywhere) should be 2·log 2 = {2 * np.log(2):.6f}, got {unsure}"


def check_generator_loss_is_non_saturating():
    fake = np.array([-10.0, -12.0])
    got = generator_loss(fake)
    expected = np.mean(np.log1p(np.exp(-fake)))
    hint = ""
    if abs(got) < 1e-3:
        hint = (" That is the saturating minimax form mean log(1 − σ(z)): near 0 and flat when the discriminator rejects the fakes. "
                "Use −mean log σ(z), the BCE against target 1.")
    assert np.isclose(got, expected), f"generator_loss([-10, -12]) (fakes confidently rejected) should be −mean log σ(z) ≈ {expected:.4f}, got {got}.{hint}"
    h = 1e-5
    slope = (generator_loss(fake + np.array([h, 0])) - generator_loss(fake - np.array([h, 0]))) / (2 * h)
    assert slope < -0.4, f"generator_loss([-10, -12]) should fall steeply as the first fake's logit rises (slope about −0.5), but its slope is {slope:.3g}"


def check_generator_loss_extreme():
    with np.errstate(all="ignore"):
        got = generator_loss(np.array([-1000.0, 1000.0]))
    assert np.isfinite(got) and np.isclose(got, 500.0), f"generator_loss([-1000, 1000]) should be (1000 + 0) / 2 = 500, got {got}"

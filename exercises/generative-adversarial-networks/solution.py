"""GAN losses from discriminator logits: a reference solution."""
import numpy as np


def bce_with_logits(logits, targets):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets, dtype=float)
    return float(np.mean(np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))))


def discriminator_loss(real_logits, fake_logits):
    real = np.asarray(real_logits, dtype=float)
    fake = np.asarray(fake_logits, dtype=float)
    return bce_with_logits(real, np.ones_like(real)) + bce_with_logits(fake, np.zeros_like(fake))


def generator_loss(fake_logits):
    fake = np.asarray(fake_logits, dtype=float)
    return bce_with_logits(fake, np.ones_like(fake))

"""GAN losses from discriminator logits: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def bce_with_logits(logits, targets):
    """Return the mean binary cross-entropy of logits against 0/1 targets, in the overflow-free form."""
    raise NotImplementedError("bce_with_logits: max(z, 0) - z*t + log1p(exp(-|z|)), averaged")


def discriminator_loss(real_logits, fake_logits):
    """Return BCE(real logits, 1) + BCE(fake logits, 0)."""
    raise NotImplementedError("discriminator_loss: real samples should be scored 1, fakes 0")


def generator_loss(fake_logits):
    """Return the non-saturating generator loss BCE(fake logits, 1)."""
    raise NotImplementedError("generator_loss: the generator wants its fakes scored as real")

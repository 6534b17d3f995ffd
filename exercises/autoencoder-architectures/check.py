import numpy as np

from exercise import reconstruct, train_linear_autoencoder

N, D, K = 300, 6, 2
_rng = np.random.default_rng(33)
_basis = np.linalg.qr(_rng.normal(size=(D, K)))[0].T
X = (_rng.normal(size=(N, K)) * [3.0, 2.0]) @ _basis + 0.3 * _rng.normal(size=(N, D)) + np.arange(D) * 2.0 + 5.0
XC = X - X.mean(axis=0)
_u, _s, _vt = np.linalg.svd(XC, full_matrices=False)
PCA_ERROR = float(np.sum(_s[K:] ** 2) / N)
PCA_PROJECTOR = _vt[:K].T @ _vt[:K]


def train():
    with np.errstate(all="ignore"):
        return train_linear_autoencoder(X.copy(), K)


def check_first_loss_and_mean():
    model = train()
    assert np.allclose(model["mean"], X.mean(axis=0)), f"train_linear_autoencoder: model['mean'] should be the column means of X, {np.round(X.mean(axis=0), 3)}, got {model['mean']}"
    rng = np.random.default_rng(0)
    W_enc, W_dec = rng.normal(scale=0.1, size=(D, K)), rng.normal(scale=0.1, size=(K, D))
    first = np.sum((XC @ W_enc @ W_dec - XC) ** 2) / N
    losses = model["losses"]
    assert len(losses) == 2000, f"train_linear_autoencoder with the default 2000 epochs should record 2000 losses, got {len(losses)}"
    assert np.isclose(losses[0], first), (
        f"train_linear_autoencoder: the first recorded loss, from the initial weights (W_enc then W_dec drawn from default_rng(0) with scale 0.1) "
        f"on the centred data, should be {first:.5f}, got {losses[0]}. Record the loss before the update, and subtract the mean."
    )


def check_loss_goes_down_to_the_pca_optimum():
    losses = train()["losses"]
    final = losses[-1]
    assert np.isfinite(final) and final < losses[0], f"train_linear_autoencoder: the loss should fall, but went from {losses[0]:.4g} to {final:.4g}"
    assert final < PCA_ERROR * 1.01, (
        f"train_linear_autoencoder: after 2000 epochs the loss should reach the best rank-{K} reconstruction error, {PCA_ERROR:.4f} "
        f"(the sum of the smaller squared singular values of the centred data / n), got {final:.4f}. "
        "Are both W_enc and W_dec updated, each with its own gradient?"
    )


def check_decoder_spans_the_principal_subspace():
    model = train()
    W_dec = np.asarray(model["W_dec"])
    q = np.linalg.qr(W_dec.T)[0]
    gap = np.linalg.norm(q @ q.T - PCA_PROJECTOR)
    assert gap < 0.05, f"the rows of W_dec should span the same plane as PCA's first {K} components; the projectors differ by {gap:.3f} (should be < 0.05)"


def check_reconstruct():
    model = train()
    got = np.asarray(reconstruct(X, model))
    expected = (X - model["mean"]) @ model["W_enc"] @ model["W_dec"] + model["mean"]
    assert got.shape == X.shape and np.allclose(got, expected), "reconstruct(X, model) should be (X − mean) @ W_enc @ W_dec + mean, with the mean added back"
    error = np.sum((got - X) ** 2) / N
    assert error < PCA_ERROR * 1.01, f"reconstruct: the mean squared reconstruction error should be about {PCA_ERROR:.4f}, got {error:.4f}"


def check_same_seed_same_model():
    a = train_linear_autoencoder(X[:50], K, epochs=5, seed=7)
    b = train_linear_autoencoder(X[:50], K, epochs=5, seed=7)
    c = train_linear_autoencoder(X[:50], K, epochs=5, seed=8)
    assert np.allclose(a["W_enc"], b["W_enc"]) and not np.allclose(a["W_enc"], c["W_enc"]), (
        "train_linear_autoencoder should be reproducible: the same seed must give the same weights and another seed other weights "
        "(initialise with np.random.default_rng(seed))"
    )

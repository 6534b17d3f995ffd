import numpy as np

from exercise import pca, pca_reconstruct


def _data():
    rng = np.random.default_rng(12)
    A = np.array([[3.0, 0.0, 0.0, 0.0], [1.0, 1.5, 0.0, 0.0], [0.5, -0.5, 0.7, 0.0], [0.0, 0.2, 0.1, 0.2]])
    return rng.normal(size=(100, 4)) @ A + np.array([10.0, -5.0, 3.0, 0.0])


def _reference_components(X):
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    for row in Vt:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return Vt, s**2 / np.sum(s**2)


def check_hand_example():
    X = np.array([[3.0, 3.0], [-3.0, -3.0], [1.0, -1.0], [-1.0, 1.0]]) + np.array([5.0, 1.0])
    components, ratio, scores = pca(X, 2)
    components, ratio, scores = (np.asarray(a, dtype=float) for a in (components, ratio, scores))
    r = 1 / np.sqrt(2)
    expected = np.array([[r, r], [r, -r]])
    hint = ""
    if components.shape == (2, 2) and np.allclose(np.abs(components), np.abs(expected[::-1])):
        hint = " The order is reversed: eigh sorts the eigenvalues in ascending order."
    elif components.shape == (2, 2) and np.allclose(np.abs(components), np.abs(expected)):
        hint = " Right directions, wrong signs: flip each row so that its largest-magnitude entry (the first one on a tie) is positive."
    elif components.shape == (2, 2):
        hint = " Did you subtract the column means before building the covariance? These points are centred on (5, 1), not 0."
    assert components.shape == (2, 2) and np.allclose(components, expected), (
        f"pca on the 4 points (±3, ±3) and (±1, ∓1), shifted by (5, 1): the first component is the diagonal (1, 1)/√2 "
        f"(variance 12) and the second (1, -1)/√2 (variance 4/3), as rows:\n{np.round(expected, 4)}\ngot\n{np.round(components, 4)}.{hint}"
    )
    assert ratio.shape == (2,) and np.allclose(ratio, [0.9, 0.1]), f"pca: the explained-variance ratios should be [0.9, 0.1] (36 : 4), got {ratio}"
    assert scores.shape == (4, 2) and np.allclose(scores[:, 0], [6 * r, -6 * r, 0, 0]), (
        f"pca: the scores on the first component should be the centred points projected on it, [4.243, -4.243, 0, 0], "
        f"got {np.round(scores[:, 0], 4) if scores.ndim == 2 else scores}. Did you centre X before projecting?"
    )


def check_components_match_the_svd():
    X = _data()
    components, ratio, scores = (np.asarray(a, dtype=float) for a in pca(X, 3))
    Vt, all_ratios = _reference_components(X)
    assert components.shape == (3, 4), f"pca(X of shape (100, 4), k=3) should return components of shape (3, 4), got {components.shape}"
    assert np.allclose(components @ components.T, np.eye(3), atol=1e-8), (
        f"the components should be orthonormal rows (components @ components.T = I), got\n{np.round(components @ components.T, 4)}"
    )
    assert np.allclose(components, Vt[:3], atol=1e-6), (
        f"pca(X, 3) on 100 correlated points with a non-zero mean: the components should be\n{np.round(Vt[:3], 4)}\ngot\n{np.round(components, 4)}\n"
        "Centre X first (the mean is far from 0 here) and take the eigenvectors as columns of the eigh output"
    )
    hint = " These add up to 1: divide by the sum of all d eigenvalues, not only the k kept." if np.isclose(ratio.sum(), 1.0) else ""
    assert np.allclose(ratio, all_ratios[:3], atol=1e-8), f"pca(X, 3): explained-variance ratios should be {np.round(all_ratios[:3], 5)}, got {np.round(ratio, 5)}.{hint}"
    assert scores.shape == (100, 3) and np.allclose(scores, (X - X.mean(axis=0)) @ Vt[:3].T, atol=1e-6), (
        "pca(X, 3): the scores should be (X - mean) @ components.T, shape (100, 3)"
    )


def check_reconstruction():
    X = _data()
    full = np.asarray(pca_reconstruct(X, 4), dtype=float)
    assert full.shape == X.shape and np.allclose(full, X, atol=1e-8), "pca_reconstruct(X, 4) keeps every component and should give X back exactly (did you add the mean back?)"
    Xc = X - X.mean(axis=0)
    eigenvalues = np.sort(np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1)))[::-1]
    approx = np.asarray(pca_reconstruct(X, 2), dtype=float)
    error = float(np.sum((X - approx) ** 2))
    expected = float((len(X) - 1) * eigenvalues[2:].sum())
    assert np.isclose(error, expected, rtol=1e-6), (
        f"pca_reconstruct(X, 2): the squared reconstruction error should equal (n − 1) × the sum of the 2 discarded eigenvalues = {expected:.4f}, "
        f"got {error:.4f}"
    )

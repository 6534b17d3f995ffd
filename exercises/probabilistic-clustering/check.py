import numpy as np

from exercise import e_step, m_step

COVS_1D = np.array([[[1.0]], [[1.0]]])


def _two_blobs():
    rng = np.random.default_rng(23)
    return np.vstack([
        rng.multivariate_normal([0, 0], [[1, 0.6], [0.6, 1]], 120),
        rng.multivariate_normal([4, 3], [[0.5, 0], [0, 1.5]], 80),
    ])


def check_e_step_one_dimension():
    resp, ll = e_step(np.array([[0.0], [2.0]]), np.array([0.5, 0.5]), np.array([[0.0], [2.0]]), COVS_1D)
    resp = np.asarray(resp, dtype=float)
    assert resp.shape == (2, 2) and np.allclose(resp, [[0.8808, 0.1192], [0.1192, 0.8808]], atol=1e-4), (
        "e_step with two unit-variance components at 0 and 2, equal weights: x = 0 has densities 0.3989 and 0.0540, "
        f"so responsibilities [0.8808, 0.1192] (and the mirror image for x = 2); got\n{np.round(resp, 4)}"
    )
    assert np.isclose(float(ll), -2.970315, atol=1e-5), (
        f"e_step: the log-likelihood should be 2·log(0.5·0.3989 + 0.5·0.0540) = -2.970315, got {ll}. "
        "It is the sum over points of the log of the weighted sum of densities"
    )


def check_e_step_full_covariances():
    X = np.array([[0.0, 0.0], [1.0, 2.0], [3.0, 3.0]])
    covs = np.array([[[1.0, 0.5], [0.5, 2.0]], [[1.5, 0.0], [0.0, 0.5]]])
    resp, ll = e_step(X, np.array([0.3, 0.7]), np.array([[0.0, 0.0], [3.0, 3.0]]), covs)
    expected = np.array([[0.999978, 2.19e-05], [0.479893, 0.520107], [0.001636, 0.998364]])
    assert np.allclose(resp, expected, atol=1e-5) and np.isclose(float(ll), -9.101033, atol=1e-5), (
        f"e_step with two 2-D components with full covariances: responsibilities should be\n{expected}\nand log-likelihood -9.101033; "
        f"got\n{np.round(np.asarray(resp, dtype=float), 6)}\nand {ll}. Check the log-determinant and the quadratic form (x − μ)ᵀΣ⁻¹(x − μ)"
    )


def check_e_step_far_point():
    with np.errstate(all="ignore"):
        resp, ll = e_step(np.array([[50.0], [0.5]]), np.array([0.5, 0.5]), np.array([[0.0], [2.0]]), COVS_1D)
    resp = np.asarray(resp, dtype=float)
    assert np.all(np.isfinite(resp)) and np.isfinite(float(ll)), (
        f"e_step for x = 50, far from both components (at 0 and 2), returned responsibilities {resp[0]} and log-likelihood {ll}: "
        "both densities underflow to 0, and 0/0 is NaN. Work in logs and subtract the row's largest log term before exponentiating"
    )
    assert np.allclose(resp[0], [0.0, 1.0], atol=1e-12) and np.isclose(float(ll), -1155.03591, atol=1e-4), (
        f"e_step for x = 50: the component at 2 is far more likely (log ratio 98), so resp ≈ [0, 1], and the log-likelihood of both points "
        f"(x = 50 and x = 0.5) is -1155.03591; got {resp[0]} and {ll}"
    )


def check_m_step_with_hard_assignments():
    X = np.array([[0.0, 1.0], [2.0, 1.0], [4.0, 4.0], [10.0, 0.0], [12.0, 2.0]])
    resp = np.array([[1, 0], [1, 0], [1, 0], [0, 1], [0, 1]], dtype=float)
    weights, means, covs = (np.asarray(a, dtype=float) for a in m_step(X, resp))
    assert np.allclose(weights, [0.6, 0.4]) and np.allclose(means, [[2, 2], [11, 1]]), (
        f"m_step with hard responsibilities (3 points, then 2): weights should be [0.6, 0.4] and means the cluster means [[2, 2], [11, 1]]; "
        f"got weights {weights}, means {means.tolist()}. Each mean divides its weighted sum by N_k = resp.sum(axis=0), not by n"
    )
    expected0 = np.array([[8 / 3, 2.0], [2.0, 2.0]])
    hint = " Yours is divided by N − 1: the maximum-likelihood covariance divides by N." if covs.shape == (2, 2, 2) and np.allclose(covs[0], expected0 * 3 / 2) else ""
    assert covs.shape == (2, 2, 2) and np.allclose(covs[0], expected0) and np.allclose(covs[1], [[1, 1], [1, 1]]), (
        f"m_step: covariance 0 of the points (0, 1), (2, 1), (4, 4) around their mean (2, 2) should be {expected0.round(4).tolist()}, "
        f"covariance 1 [[1, 1], [1, 1]]; got {np.round(covs, 4).tolist()}.{hint}"
    )


def check_m_step_with_soft_assignments():
    X = np.array([[0.0], [4.0]])
    resp = np.array([[0.75, 0.25], [0.25, 0.75]])
    weights, means, covs = (np.asarray(a, dtype=float) for a in m_step(X, resp))
    assert np.allclose(weights, [0.5, 0.5]) and np.allclose(means, [[1.0], [3.0]]), (
        f"m_step(x = 0 and 4, resp [[0.75, 0.25], [0.25, 0.75]]): N = [1, 1], weights [0.5, 0.5], means [[1], [3]] "
        f"(0.75·0 + 0.25·4 = 1); got weights {weights}, means {means.tolist()}. Divide the weighted sums by N_k, not by n"
    )
    assert np.allclose(covs.reshape(2), [3.0, 3.0]), (
        f"m_step: the variance of component 0 is (0.75·(0 − 1)² + 0.25·(4 − 1)²) / 1 = 3, likewise component 1; got {covs.reshape(-1).tolist()}. "
        "Weight each squared deviation by its responsibility"
    )


def check_em_climbs_and_finds_the_blobs():
    X = _two_blobs()
    weights, means, covs = np.array([0.5, 0.5]), np.array([[1.0, 1.0], [2.0, 1.0]]), np.array([np.eye(2)] * 2)
    values = []
    for _ in range(40):
        resp, ll = e_step(X, weights, means, covs)
        values.append(float(ll))
        weights, means, covs = (np.asarray(a, dtype=float) for a in m_step(X, resp))
    assert all(a <= b + 1e-8 for a, b in zip(values, values[1:])), f"the log-likelihood must not decrease from one EM round to the next, got {np.round(values[:8], 3)} …"
    assert np.isclose(values[-1], -664.793, atol=1e-3) and np.allclose(weights, [0.59611, 0.40389], atol=1e-4), (
        f"40 EM rounds on two 2-D blobs (120 and 80 points) should converge to log-likelihood -664.793 and weights [0.59611, 0.40389]; "
        f"got {values[-1]:.3f} and {np.round(weights, 5)}"
    )

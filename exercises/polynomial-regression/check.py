from math import comb

import numpy as np

from exercise import best_degree, polynomial_features


def _cubic_data():
    rng = np.random.default_rng(3)
    f = lambda x: 0.5 * x**3 - x**2 - 2 * x + 1
    x_train = rng.uniform(-2, 2.5, 20)
    y_train = f(x_train) + rng.normal(0, 0.5, 20)
    x_val = rng.uniform(-2, 2.5, 40)
    y_val = f(x_val) + rng.normal(0, 0.5, 40)
    return x_train, y_train, x_val, y_val


def check_two_features_degree_two():
    got = np.asarray(polynomial_features(np.array([[2.0, 3.0], [1.0, -1.0]]), 2), dtype=float)
    expected = np.array([[1, 2, 3, 4, 6, 9], [1, 1, -1, 1, -1, 1]], dtype=float)
    hint = ""
    if got.shape == (2, 5):
        hint = " One column short: is the product ab (the interaction) or the column of ones missing?"
    elif got.shape == (2, 4):
        hint = " The squares a² and b² are missing: products may repeat a feature (combinations_with_replacement, not combinations)."
    assert got.shape == expected.shape and np.allclose(got, expected), (
        f"polynomial_features([[2, 3], [1, -1]], 2) should be the columns 1, a, b, a², ab, b²:\n{expected}\ngot\n{got}.{hint}"
    )


def check_one_feature_degree_three_and_zero():
    x = np.array([[2.0], [-1.0]])
    got = np.asarray(polynomial_features(x, 3), dtype=float)
    assert got.shape == (2, 4) and np.allclose(got, [[1, 2, 4, 8], [1, -1, 1, -1]]), (
        f"polynomial_features([[2], [-1]], 3) should be [[1, 2, 4, 8], [1, -1, 1, -1]], got\n{got}"
    )
    got = np.asarray(polynomial_features(x, 0), dtype=float)
    assert got.shape == (2, 1) and np.allclose(got, 1.0), f"polynomial_features(X, 0) should be a single column of ones, got\n{got}"


def check_number_of_columns():
    for d, degree in [(10, 2), (3, 3), (4, 1)]:
        got = np.asarray(polynomial_features(np.ones((5, d)), degree)).shape
        expected = (5, comb(d + degree, degree))
        assert got == expected, (
            f"polynomial_features of 5 rows with {d} features, degree {degree}, should have C(d + degree, degree) = {expected[1]} columns "
            f"(every monomial, including interactions and the constant), got shape {got}"
        )


def check_order_of_three_features():
    got = np.asarray(polynomial_features(np.array([[2.0, 3.0, 5.0]]), 2), dtype=float)[0]
    expected = [1, 2, 3, 5, 4, 6, 10, 9, 15, 25]
    assert got.shape == (10,) and np.allclose(got, expected), (
        f"polynomial_features([[2, 3, 5]], 2) should be [1, a, b, c, a², ab, ac, b², bc, c²] = {expected}, got {got.tolist()}"
    )


def check_best_degree_uses_validation_error():
    x_train, y_train, x_val, y_val = _cubic_data()
    best, errors = best_degree(x_train, y_train, x_val, y_val, list(range(1, 9)))
    errors = np.asarray(errors, dtype=float)
    expected = np.array([0.917, 0.647, 0.274, 0.326, 0.337, 0.561, 0.532, 0.633])
    hint = ""
    if errors.shape == (8,) and np.all(np.diff(errors) <= 0):
        hint = " Yours never go up as the degree grows: that is what training errors do. Measure on x_val, y_val."
    assert errors.shape == (8,) and np.allclose(errors, expected, rtol=2e-3), (
        f"best_degree on noisy cubic data, degrees 1..8: the validation MSEs should be about {expected.tolist()}, "
        f"got {np.round(errors, 3).tolist()}. Fit on the training data, then measure on the validation data.{hint}"
    )
    assert best == 3, (
        f"best_degree should pick 3 (the true degree, lowest validation error); got {best}. "
        "Choosing by training error always picks the highest degree"
    )

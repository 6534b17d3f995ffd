import numpy as np

from exercise import min_max_scale, robust_scale


def data():
    train = np.array([[0.0, 10.0, 3.0], [5.0, 20.0, 3.0], [10.0, 30.0, 3.0], [2.0, 50.0, 3.0]])
    test = np.array([[15.0, 10.0, 3.0], [-5.0, 60.0, 4.0]])
    return train, test


def check_min_max_train():
    train, test = data()
    out, _ = min_max_scale(train, test)
    out = np.asarray(out)
    expected = np.array([[0.0, 0.0, 0.0], [0.5, 0.25, 0.0], [1.0, 0.5, 0.0], [0.2, 1.0, 0.0]])
    assert out.shape == (4, 3) and np.all(np.isfinite(out)), f"min_max_scale: train should keep its shape (4, 3) with finite values; column 2 is constant, so divide by 1 instead of max − min = 0 (it maps to lo). Got\n{out}"
    assert np.allclose(out, expected), f"min_max_scale: train should become\n{expected}\n(per column, (x − min)/(max − min)), got\n{np.round(out, 4)}"


def check_min_max_test_uses_train_range():
    train, test = data()
    _, out = min_max_scale(train, test)
    out = np.asarray(out)
    expected = np.array([[1.5, 0.0, 0.0], [-0.5, 1.25, 1.0]])
    assert np.allclose(out, expected), (
        f"min_max_scale: test should be scaled with the *train* min and max, giving\n{expected}\n"
        f"(15 is beyond the train maximum 10, so it maps to 1.5), got\n{np.round(out, 4)}"
    )


def check_min_max_feature_range():
    train, test = data()
    out, _ = min_max_scale(train, test, feature_range=(-1.0, 1.0))
    out = np.asarray(out)
    assert np.allclose(out[:, 0], [-1.0, 0.0, 1.0, -0.6]), (
        f"min_max_scale(feature_range=(-1, 1)): column 0 of train (0, 5, 10, 2) should become [-1, 0, 1, -0.6], i.e. lo + (x − min)·(hi − lo)/(max − min); "
        f"got {np.round(out[:, 0], 4).tolist()}"
    )


def check_robust_scale():
    train = np.array([[1.0], [2.0], [3.0], [4.0], [5.0], [1000.0]])
    test = np.array([[3.5], [-1.0]])
    out_train, out_test = robust_scale(train, test)
    out_train, out_test = np.asarray(out_train), np.asarray(out_test)
    # median 3.5, q1 = 2.25, q3 = 4.75, IQR = 2.5
    expected_train = (train - 3.5) / 2.5
    assert np.allclose(out_train, expected_train), (
        f"robust_scale: with median 3.5 and IQR 4.75 − 2.25 = 2.5, train [1, 2, 3, 4, 5, 1000] should become "
        f"{np.round(expected_train.ravel(), 2).tolist()}, got {np.round(out_train.ravel(), 4).tolist()}. "
        "The outlier 1000 must not change the centre and scale: median and IQR, not mean and std"
    )
    assert np.allclose(out_test.ravel(), [0.0, -1.8]), f"robust_scale: test [3.5, -1] should use train's median and IQR, giving [0, -1.8], got {out_test.ravel().tolist()}"


def check_robust_constant_column_and_inputs():
    train = np.array([[2.0, 1.0], [2.0, 2.0], [2.0, 3.0], [2.0, 4.0]])
    test = np.array([[3.0, 0.0]])
    keep_train, keep_test = train.copy(), test.copy()
    out_train, out_test = robust_scale(train, test)
    assert np.all(np.isfinite(out_train)) and np.isclose(np.asarray(out_test)[0, 0], 1.0), (
        f"robust_scale: a constant train column has IQR 0, which should be replaced by 1 (test value 3 becomes 3 − 2 = 1); "
        f"got test {np.asarray(out_test).tolist()}"
    )
    min_max_scale(train, test)
    assert np.array_equal(train, keep_train) and np.array_equal(test, keep_test), "min_max_scale or robust_scale changed its arguments: return new arrays"

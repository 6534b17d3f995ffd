import numpy as np

from exercise import clip_outliers, impute

nan = np.nan
_TRAIN = np.array([[1.0, 10.0, 5.0], [nan, 20.0, 6.0], [3.0, nan, 7.0], [4.0, 40.0, 8.0], [100.0, 30.0, 9.0]])
_TEST = np.array([[nan, 500.0, 1.0], [2.0, nan, nan]])


def fresh():
    """New copies for every call, so that a solution that writes into its arguments cannot spoil later checks."""
    return _TRAIN.copy(), _TEST.copy()


def check_median_fill_from_train():
    out_train, out_test = impute(*fresh())
    out_train, out_test = np.asarray(out_train), np.asarray(out_test)
    assert not np.isnan(out_train).any() and not np.isnan(out_test).any(), (
        f"impute should leave no nan; got train\n{out_train}\ntest\n{out_test}\n"
        "np.median of a column with nan is nan: use np.nanmedian"
    )
    assert out_train.shape == (5, 3) and out_test.shape == (2, 3), f"impute without indicators should keep the shapes (5, 3) and (2, 3), got {out_train.shape} and {out_test.shape}"
    assert out_train[1, 0] == 3.5 and out_train[2, 1] == 25.0, (
        f"impute: train's missing values should be the train column medians ignoring nan, 3.5 for column 0 (of 1, 3, 4, 100) and 25 for column 1; "
        f"got {out_train[1, 0]} and {out_train[2, 1]}"
    )
    expected = [3.5, 25.0, 7.0]
    got = [float(out_test[0, 0]), float(out_test[1, 1]), float(out_test[1, 2])]
    assert got == expected, (
        f"impute: test's missing values should be filled with the *train* medians [3.5, 25, 7], got {got}. "
        "Statistics of the test set leak it into preprocessing"
    )
    assert out_test[0, 1] == 500.0 and out_train[0, 0] == 1.0, "impute should leave the values that are present unchanged"


def check_mean_strategy():
    out_train, out_test = impute(*fresh(), strategy="mean")
    assert np.isclose(np.asarray(out_train)[1, 0], 27.0) and np.isclose(np.asarray(out_test)[0, 0], 27.0), (
        f"impute(strategy='mean'): column 0's fill value should be the train mean of 1, 3, 4, 100 = 27, got {np.asarray(out_train)[1, 0]} (train) "
        f"and {np.asarray(out_test)[0, 0]} (test)"
    )


def check_indicators():
    out_train, out_test = impute(*fresh(), add_indicator=True)
    out_train, out_test = np.asarray(out_train), np.asarray(out_test)
    assert out_train.shape == (5, 5) and out_test.shape == (2, 5), (
        f"impute(add_indicator=True): train has missing values in columns 0 and 1, so both outputs should gain 2 columns, "
        f"shapes (5, 5) and (2, 5); got {out_train.shape} and {out_test.shape}"
    )
    assert out_train[:, 3].tolist() == [0, 1, 0, 0, 0] and out_train[:, 4].tolist() == [0, 0, 1, 0, 0], (
        f"impute(add_indicator=True): the indicator columns of train should be [0, 1, 0, 0, 0] and [0, 0, 1, 0, 0], "
        f"got {out_train[:, 3].tolist()} and {out_train[:, 4].tolist()} (take the mask before filling)"
    )
    assert out_test[:, 3].tolist() == [1, 0] and out_test[:, 4].tolist() == [0, 1], (
        f"impute(add_indicator=True): test's indicators for columns 0 and 1 should be [1, 0] and [0, 1], got {out_test[:, 3].tolist()} and {out_test[:, 4].tolist()}. "
        "Column 2 gets no indicator, since train has no missing value there"
    )


def check_impute_leaves_inputs_alone():
    train, test = fresh()
    impute(train, test)
    assert np.array_equal(train, _TRAIN, equal_nan=True) and np.array_equal(test, _TEST, equal_nan=True), (
        "impute changed its arguments (the nan are gone from the caller's arrays): fill new arrays"
    )


def check_clip_with_train_fences():
    train = np.array([[1.0, 0.0], [2.0, 10.0], [3.0, 20.0], [4.0, 30.0], [50.0, 40.0]])
    test = np.array([[-20.0, 100.0], [2.5, -60.0]])
    out_train, out_test = clip_outliers(train.copy(), test.copy())
    out_train, out_test = np.asarray(out_train), np.asarray(out_test)
    # column 0: q1 = 2, q3 = 4, fences [-1, 7]; column 1: q1 = 10, q3 = 30, fences [-20, 60]
    assert out_train[4, 0] == 7.0, f"clip_outliers: train column 0 has q1 = 2, q3 = 4, so 50 should be clipped to 4 + 1.5·2 = 7, got {out_train[4, 0]}"
    assert out_test.tolist() == [[-1.0, 60.0], [2.5, -20.0]], (
        f"clip_outliers: test should be clipped with the *train* fences, [-1, 7] for column 0 and [-20, 60] for column 1, "
        f"giving [[-1, 60], [2.5, -20]]; got {out_test.tolist()}"
    )
    assert np.array_equal(out_train[:4], train[:4]) and out_train[4, 1] == 40.0, "clip_outliers should leave values inside the fences unchanged"


def check_clip_k_and_inputs():
    train = np.array([[1.0], [2.0], [3.0], [4.0], [50.0]])
    test = np.array([[-20.0]])
    keep_train, keep_test = train.copy(), test.copy()
    out_train, out_test = clip_outliers(train, test, k=3.0)
    assert np.asarray(out_train)[4, 0] == 10.0 and np.asarray(out_test)[0, 0] == -4.0, (
        f"clip_outliers(k=3): fences are [2 − 3·2, 4 + 3·2] = [-4, 10]; got {np.asarray(out_train)[4, 0]} and {np.asarray(out_test)[0, 0]}"
    )
    assert np.array_equal(train, keep_train) and np.array_equal(test, keep_test), "clip_outliers changed its arguments: return new arrays (np.clip does)"

import numpy as np

from exercise import ArrayDataset, Standardizer

TRAIN = np.array([[1.0, 10.0, 5.0], [3.0, 20.0, 5.0], [5.0, 60.0, 5.0]])


def check_fit_returns_self_and_learns():
    scaler = Standardizer()
    returned = scaler.fit(TRAIN)
    assert returned is scaler, f"Standardizer.fit should return self (so that Standardizer().fit(X).transform(X) works), it returned {returned!r}"
    assert np.allclose(scaler.mean_, [3.0, 30.0, 5.0]), f"after fit, mean_ should be the column means [3, 30, 5], got {scaler.mean_}"
    expected = TRAIN.std(axis=0)
    expected[2] = 1.0
    assert np.allclose(scaler.scale_, expected), (
        f"after fit, scale_ should be the column standard deviations {np.round(TRAIN.std(axis=0), 4)} with the constant column's 0 replaced by 1, "
        f"i.e. {np.round(expected, 4)}; got {scaler.scale_}"
    )


def check_transform_uses_the_training_statistics():
    scaler = Standardizer().fit(TRAIN)
    new = np.array([[3.0, 30.0, 7.0], [7.0, 30.0, 5.0]])
    got = np.asarray(scaler.transform(new))
    expected = (new - TRAIN.mean(axis=0)) / np.array([TRAIN.std(axis=0)[0], TRAIN.std(axis=0)[1], 1.0])
    assert np.allclose(got, expected), (
        f"transform(new) should use the mean and scale learned from the training data, giving\n{np.round(expected, 4)}\ngot\n{np.round(got, 4)}\n"
        "Don't recompute the statistics from the data passed to transform"
    )


def check_fit_transform():
    got = np.asarray(Standardizer().fit_transform(TRAIN))
    assert np.allclose(got[:, :2].mean(axis=0), 0) and np.allclose(got[:, :2].std(axis=0), 1), (
        f"fit_transform(X) should give columns with mean 0 and standard deviation 1, got\n{np.round(got, 4)}"
    )
    assert np.all(np.isfinite(got)) and np.allclose(got[:, 2], 0), f"fit_transform: a constant column should become all zeros (not nan), got {got[:, 2]}"


def check_instances_are_independent():
    first = Standardizer().fit(TRAIN)
    Standardizer().fit(TRAIN * 100)
    assert np.allclose(first.mean_, [3.0, 30.0, 5.0]), (
        f"fitting a second Standardizer changed the first one's mean_ to {first.mean_}: store the statistics on self, not on the class"
    )


def check_transform_before_fit():
    try:
        Standardizer().transform(TRAIN)
    except RuntimeError:
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"transform before fit should raise RuntimeError, got {type(error).__name__}: {error}") from None
    raise AssertionError("transform on a new, unfitted Standardizer should raise RuntimeError, but it returned a result (if a fresh instance already has statistics, they are stored on the class and shared by every instance)")


def check_dataset_length_and_items():
    X = np.arange(12.0).reshape(4, 3)
    y = np.array([0, 1, 1, 0])
    data = ArrayDataset(X, y)
    assert len(data) == 4, f"len(ArrayDataset(X, y)) for 4 examples should be 4, got {len(data)}"
    features, label = data[2]
    assert np.array_equal(features, [6.0, 7.0, 8.0]) and label == 1, f"dataset[2] should be ([6, 7, 8], 1), got ({features}, {label})"
    features, label = data[-1]
    assert np.array_equal(features, [9.0, 10.0, 11.0]) and label == 0, f"dataset[-1] should be the last example ([9, 10, 11], 0), got ({features}, {label})"


def check_dataset_iterates():
    X = np.arange(6.0).reshape(3, 2)
    pairs = list(ArrayDataset(X, ["a", "b", "c"]))
    assert [label for _, label in pairs] == ["a", "b", "c"], (
        f"list(dataset) should give the 3 pairs in order, labels ['a', 'b', 'c'], got labels {[p[1] for p in pairs] if pairs else pairs}"
    )


def check_dataset_rejects_mismatched_lengths():
    try:
        ArrayDataset(np.zeros((5, 2)), np.zeros(4))
    except ValueError:
        return
    raise AssertionError("ArrayDataset(X with 5 rows, y with 4 labels) should raise ValueError")

import numpy as np

from exercise import accuracy, majority_baseline_accuracy


def check_accuracy_values():
    got = accuracy([1, 0, 1, 1, 0], [1, 1, 1, 0, 0])
    assert np.isclose(float(got), 0.6), f"accuracy([1, 0, 1, 1, 0], [1, 1, 1, 0, 0]) should be 3/5 = 0.6, got {got}"
    got = accuracy(np.array(["spam", "ham", "ham", "spam"]), ["spam", "spam", "ham", "spam"])
    assert np.isclose(float(got), 0.75), f"accuracy on string labels spam/ham with 3 of 4 right should be 0.75, got {got}"
    assert 0 <= float(got) <= 1, f"accuracy should be a fraction between 0 and 1, not a percentage: got {got}"


def check_accuracy_rejects_bad_lengths():
    for y_true, y_pred in (([1, 0, 1], [1, 0]), ([1, 0, 1], [1]), ([], [])):
        try:
            got = accuracy(y_true, y_pred)
        except ValueError:
            continue
        raise AssertionError(
            f"accuracy({y_true}, {y_pred}) should raise ValueError ({'empty input' if not y_true else 'the lengths differ'}), but returned {got}. "
            "zip() stops at the shorter sequence and NumPy broadcasts a single label against all of them: compare the lengths first"
        )


def check_baseline_on_imbalanced_data():
    y_train = [0] * 990 + [1] * 10
    y_test = [0] * 495 + [1] * 5
    got = majority_baseline_accuracy(y_train, y_test)
    assert np.isclose(float(got), 0.99), (
        f"with 1% positives, always predicting the majority class 0 scores 0.99 on the test set: a model with 98% accuracy is worse than doing nothing. "
        f"majority_baseline_accuracy returned {got}"
    )


def check_baseline_learns_from_training_labels_only():
    y_train = ["cat", "dog", "dog", "dog", "bird"]
    y_test = ["cat", "cat", "cat", "dog"]
    got = majority_baseline_accuracy(y_train, y_test)
    hint = " You took the majority of the test labels (cat): the baseline may only look at the training labels." if np.isclose(float(got), 0.75) else ""
    assert np.isclose(float(got), 0.25), (
        f"majority_baseline_accuracy: the most common training label is 'dog', which is right for 1 of the 4 test labels, so 0.25; got {got}.{hint}"
    )


def check_baseline_tie_goes_to_the_smallest_label():
    got = majority_baseline_accuracy([2, 1, 2, 1, 3], [1, 1, 2])
    assert np.isclose(float(got), 2 / 3), (
        f"majority_baseline_accuracy([2, 1, 2, 1, 3], [1, 1, 2]): labels 1 and 2 tie in training, so predict the smaller, 1, which is right "
        f"for 2 of 3 test labels; got {got}"
    )

import numpy as np

from exercise import precision, precision_at_threshold

Y = np.array([1, 1, 1, 0, 0, 0, 0, 1])
SCORES = np.array([0.9, 0.8, 0.3, 0.7, 0.2, 0.6, 0.1, 0.6])


def check_precision_of_forty_and_ten():
    y_true = np.array([1] * 40 + [0] * 10 + [1] * 5 + [0] * 45)
    y_pred = np.array([1] * 50 + [0] * 50)
    got = precision(y_true, y_pred)
    hint = " That is recall, TP / (TP + FN): precision divides by the predicted positives." if np.isclose(float(got), 40 / 45) else ""
    assert np.isclose(float(got), 0.8), f"40 true positives and 10 false positives give precision 40 / 50 = 0.8; precision returned {got}.{hint}"


def check_precision_with_a_named_positive_class():
    y_true = ["spam", "ham", "spam", "ham", "ham"]
    y_pred = ["spam", "spam", "ham", "ham", "spam"]
    got = precision(y_true, y_pred, positive="spam")
    assert np.isclose(float(got), 1 / 3), (
        f"precision(…, positive='spam'): 3 messages are flagged as spam and 1 of them is spam, so 1/3; got {got}"
    )
    got = precision(y_true, y_pred, positive="ham")
    assert np.isclose(float(got), 0.5), f"precision(…, positive='ham'): 2 predicted ham, 1 of them right, so 0.5; got {got}"


def check_no_positive_predictions():
    with np.errstate(all="ignore"):
        got = precision([1, 0, 1], [0, 0, 0])
        got_nan = precision([1, 0, 1], [0, 0, 0], zero_division=np.nan)
    assert np.isclose(float(got), 0.0) and np.isnan(float(got_nan)), (
        f"precision([1, 0, 1], [0, 0, 0]) has no positive predictions (0/0): it should return zero_division, 0.0 by default and NaN when asked; "
        f"got {got} and {got_nan}"
    )


def check_precision_at_thresholds():
    cases = [(0.85, 1.0), (0.6, 0.6), (0.65, 2 / 3), (0.0, 0.5)]
    for threshold, expected in cases:
        got = precision_at_threshold(Y, SCORES, threshold)
        hint = ""
        if threshold == 0.6 and np.isclose(float(got), 2 / 3):
            hint = " Scores equal to the threshold count as positive: use >=, not >."
        assert np.isclose(float(got), expected), (
            f"precision_at_threshold(y = {Y.tolist()}, scores = {SCORES.tolist()}, threshold = {threshold}) should be {expected:.4f}, got {got}.{hint}"
        )
    got = precision_at_threshold(Y, SCORES, 0.95)
    assert np.isclose(float(got), 0.0), f"precision_at_threshold with threshold 0.95, above every score, predicts nothing positive: return zero_division (0.0), got {got}"

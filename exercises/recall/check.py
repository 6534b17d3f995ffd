import numpy as np

from exercise import recall, threshold_for_recall

# 10 positives and 6 negatives with model scores.
Y = np.array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
S = np.array([0.95, 0.9, 0.85, 0.7, 0.66, 0.6, 0.55, 0.4, 0.3, 0.1, 0.8, 0.65, 0.5, 0.45, 0.2, 0.05])


def _recall_at(t):
    return np.mean(S[Y == 1] >= t)


def check_recall_of_thirty_and_twenty():
    y_true = np.array([1] * 30 + [1] * 20 + [0] * 50)
    y_pred = np.array([1] * 30 + [0] * 20 + [1] * 10 + [0] * 40)
    got = recall(y_true, y_pred)
    hint = " That is precision: recall divides by the actual positives." if np.isclose(float(got), 0.75) else ""
    assert np.isclose(float(got), 0.6), f"30 true positives and 20 false negatives give recall 30 / 50 = 0.6; recall returned {got}.{hint}"


def check_recall_of_predicting_everything_positive():
    y_true = ["sick", "well", "well", "sick", "well"]
    got = recall(y_true, ["sick"] * 5, positive="sick")
    assert np.isclose(float(got), 1.0), f"predicting 'sick' for everyone finds every sick person, recall 1.0 (which is why recall alone is not enough); got {got}"
    got = recall(y_true, ["well", "well", "sick", "sick", "sick"], positive="sick")
    assert np.isclose(float(got), 0.5), f"recall(…, positive='sick'): 1 of the 2 sick people is found, 0.5; got {got}"


def check_recall_without_positives():
    try:
        got = recall([0, 0, 0], [1, 0, 0])
    except ValueError:
        return
    raise AssertionError(f"recall([0, 0, 0], [1, 0, 0]) has no actual positives (0/0) and should raise ValueError, but returned {got}")


def check_thresholds_for_targets():
    for target, expected in [(0.5, 0.66), (0.7, 0.55), (0.75, 0.4), (0.1, 0.95), (1.0, 0.1)]:
        got = threshold_for_recall(Y, S, target)
        hint = ""
        if not np.isclose(float(got), expected) and _recall_at(float(got)) < target:
            hint = f" At your threshold the recall is only {_recall_at(float(got)):.2f}, below the target. Count only the actual positives above the threshold (the negatives do not add to recall), and round target · P up."
        elif not np.isclose(float(got), expected) and float(got) < expected:
            hint = f" Your threshold works but is lower than needed (recall {_recall_at(float(got)):.2f}), so it lets through more false alarms."
        assert np.isclose(float(got), expected), (
            f"threshold_for_recall(target = {target}) on 10 positives should be {expected}: it catches "
            f"{int(round(_recall_at(expected) * 10))} of them (recall {_recall_at(expected):.1f}); got {got}.{hint}"
        )


def check_target_out_of_range():
    for target in (0.0, 1.2):
        try:
            threshold_for_recall(Y, S, target)
        except ValueError:
            continue
        raise AssertionError(f"threshold_for_recall with target = {target} should raise ValueError: a target recall must be in (0, 1]")

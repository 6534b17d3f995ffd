import numpy as np

from exercise import mean_iou, per_class_iou

TRUE = np.array([[0, 0, 1], [0, 1, 1], [2, 2, 1]])
PRED = np.array([[0, 1, 1], [0, 1, 1], [2, 0, 0]])


def show(a):
    return np.array2string(np.asarray(a, dtype=float), precision=4)


def check_small_example():
    got = np.asarray(per_class_iou(TRUE, PRED, 3), dtype=float)
    expected = np.array([2 / 5, 3 / 5, 1 / 2])
    hint = ""
    if got.shape == (3,) and np.allclose(got, [2 / 4, 3 / 4, 1 / 1]):
        hint = " That is intersection / predicted pixels (precision); divide by the union of both masks."
    elif got.shape == (3,) and np.allclose(got, [2 / 7, 3 / 8, 1 / 3]):
        hint = " The union counted the overlap twice (|true| + |pred|); count each pixel once with t | p."
    assert got.shape == (3,) and np.allclose(got, expected), (
        f"per_class_iou(true=\n{TRUE}, pred=\n{PRED}, 3) should be [2/5, 3/5, 1/2] (class 0: 2 pixels in both, 5 in either), got {show(got)}.{hint}"
    )


def check_mean():
    got = mean_iou(TRUE, PRED, 3)
    expected = (2 / 5 + 3 / 5 + 1 / 2) / 3
    assert np.isclose(got, expected), f"mean_iou of the small example should be (0.4 + 0.6 + 0.5) / 3 = {expected:.4f}, got {got}"


def check_absent_class_is_nan():
    got = np.asarray(per_class_iou(TRUE, PRED, 5), dtype=float)
    assert got.shape == (5,) and np.all(np.isnan(got[3:])) and np.allclose(got[:3], [0.4, 0.6, 0.5]), (
        f"per_class_iou of the small example with n_classes=5 should be [0.4, 0.6, 0.5, nan, nan]: classes 3 and 4 are in neither mask, got {show(got)}"
    )
    mean = mean_iou(TRUE, PRED, 5)
    assert np.isclose(mean, 0.5), (
        f"mean_iou with two classes absent from both masks should ignore them and stay 0.5, got {mean}. "
        "Classes in neither mask are NaN, not 0; use np.nanmean."
    )


def check_missed_class_is_zero():
    y_true = np.array([[0, 0], [0, 1]])
    y_pred = np.zeros((2, 2), dtype=int)
    got = np.asarray(per_class_iou(y_true, y_pred, 2), dtype=float)
    assert np.allclose(got, [0.75, 0.0]) and not np.any(np.isnan(got)), (
        f"per_class_iou(true=[[0, 0], [0, 1]], pred all 0, 2) should be [0.75, 0]: class 1 is in the truth but never predicted, so its IoU is 0, got {show(got)}"
    )


def check_background_does_not_fool_it():
    y_true = np.zeros((100, 100), dtype=int)
    y_true[40:42, 40:42] = 1
    y_pred = np.zeros_like(y_true)
    accuracy = np.mean(y_true == y_pred)
    got = mean_iou(y_true, y_pred, 2)
    assert np.isclose(got, 0.9996 / 2), (
        f"predicting background everywhere on a 100×100 mask with a 4-pixel object has pixel accuracy {accuracy:.4f}, "
        f"but mean_iou should be (0.9996 + 0) / 2 = 0.4998, got {got}"
    )


def check_batches_and_perfect_predictions():
    rng = np.random.default_rng(9)
    masks = rng.integers(0, 4, size=(3, 8, 8))
    got = np.asarray(per_class_iou(masks, masks.copy(), 4), dtype=float)
    assert got.shape == (4,) and np.allclose(got, 1.0), f"per_class_iou of a batch of masks (3, 8, 8) against itself should be [1, 1, 1, 1], got {show(got)}"

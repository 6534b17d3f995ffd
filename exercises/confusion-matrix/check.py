import numpy as np

from exercise import confusion_matrix, precision_recall_from_matrix

ANIMALS_TRUE = ["cat", "cat", "dog", "dog", "dog", "bird", "cat", "bird"]
ANIMALS_PRED = ["cat", "dog", "dog", "dog", "cat", "bird", "cat", "cat"]


def check_binary_layout():
    y_true = [1, 0, 1, 1, 0, 0, 1, 0, 0]
    y_pred = [1, 0, 0, 1, 1, 0, 1, 1, 0]
    cm = np.asarray(confusion_matrix(y_true, y_pred))
    expected = np.array([[3, 2], [1, 3]])
    hint = " That is the transpose: rows must be the actual labels, columns the predictions." if np.array_equal(cm, expected.T) else ""
    assert cm.shape == (2, 2) and np.array_equal(cm, expected), (
        f"confusion_matrix for binary labels should be [[TN, FP], [FN, TP]] = [[3, 2], [1, 3]] here (3 true negatives, 2 false positives, "
        f"1 false negative, 3 true positives); got {cm.tolist()}.{hint}"
    )
    cm = np.asarray(confusion_matrix(y_true, y_pred, labels=[1, 0]))
    assert np.array_equal(cm, [[3, 1], [2, 3]]), f"confusion_matrix(…, labels=[1, 0]) should list the positive class first: [[TP, FN], [FP, TN]] = [[3, 1], [2, 3]], got {cm.tolist()}"


def check_three_classes_with_string_labels():
    cm = np.asarray(confusion_matrix(ANIMALS_TRUE, ANIMALS_PRED))
    # sorted labels: bird, cat, dog
    expected = np.array([[1, 1, 0], [0, 2, 1], [0, 1, 2]])
    assert cm.shape == (3, 3) and np.array_equal(cm, expected), (
        f"confusion_matrix on the animal labels, classes sorted as bird, cat, dog, should be\n{expected}\n(row = actual: one bird was "
        f"called a cat, one cat a dog, one dog a cat); got\n{cm}"
    )
    assert cm.sum() == len(ANIMALS_TRUE), f"the entries of a confusion matrix should add up to the number of examples, {len(ANIMALS_TRUE)}, got {cm.sum()}"


def check_labels_only_predicted_or_missing():
    cm = np.asarray(confusion_matrix([0, 0, 1], [0, 2, 1]))
    assert cm.shape == (3, 3) and np.array_equal(cm, [[1, 0, 1], [0, 1, 0], [0, 0, 0]]), (
        f"confusion_matrix([0, 0, 1], [0, 2, 1]): label 2 is only ever predicted, but it is still a class: expected [[1, 0, 1], [0, 1, 0], [0, 0, 0]], "
        f"got {cm.tolist()}. Take the labels from y_true and y_pred together"
    )
    cm = np.asarray(confusion_matrix([0, 1, 1], [0, 1, 0], labels=[0, 1, 5]))
    assert cm.shape == (3, 3) and np.array_equal(cm, [[1, 0, 0], [1, 1, 0], [0, 0, 0]]), (
        f"confusion_matrix(…, labels=[0, 1, 5]): class 5 never occurs, so its row and column are zeros; expected [[1, 0, 0], [1, 1, 0], [0, 0, 0]], got {cm.tolist()}"
    )
    cm = np.asarray(confusion_matrix([0, 1, 2, 2], [0, 2, 2, 1], labels=[0, 2]))
    assert np.array_equal(cm, [[1, 0], [0, 1]]), (
        f"confusion_matrix([0, 1, 2, 2], [0, 2, 2, 1], labels=[0, 2]) should leave out the examples that involve label 1: [[1, 0], [0, 1]], got {cm.tolist()}"
    )


def check_precision_and_recall_from_the_matrix():
    cm = np.array([[1, 1, 0], [0, 2, 1], [0, 1, 2]])
    precision, recall = (np.asarray(a, dtype=float) for a in precision_recall_from_matrix(cm))
    expected_p, expected_r = np.array([1.0, 0.5, 2 / 3]), np.array([0.5, 2 / 3, 2 / 3])
    hint = " Precision and recall are swapped: precision divides by the column (predicted) sums, recall by the row (actual) sums." if np.allclose(precision, expected_r) else ""
    assert np.allclose(precision, expected_p) and np.allclose(recall, expected_r), (
        f"precision_recall_from_matrix({cm.tolist()}): precision per class is diagonal / column sums = {np.round(expected_p, 4).tolist()}, "
        f"recall is diagonal / row sums = {np.round(expected_r, 4).tolist()}; got {np.round(precision, 4).tolist()} and {np.round(recall, 4).tolist()}.{hint}"
    )


def check_empty_rows_and_columns():
    with np.errstate(all="ignore"):
        precision, recall = (np.asarray(a, dtype=float) for a in precision_recall_from_matrix(np.array([[2, 0, 0], [1, 0, 0], [0, 0, 0]])))
    assert np.all(np.isfinite(precision)) and np.all(np.isfinite(recall)), (
        f"a class that is never predicted (empty column) or never occurs (empty row) should get 0.0, not NaN: got precision {precision}, recall {recall}"
    )
    assert np.allclose(precision, [2 / 3, 0, 0]) and np.allclose(recall, [1, 0, 0]), (
        f"precision_recall_from_matrix([[2, 0, 0], [1, 0, 0], [0, 0, 0]]) should be precision [0.667, 0, 0], recall [1, 0, 0]; got {precision}, {recall}"
    )

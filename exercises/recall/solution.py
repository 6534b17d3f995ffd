"""Recall: a reference solution."""
import numpy as np


def recall(y_true, y_pred, positive=1):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    actual = y_true == positive
    if not actual.any():
        raise ValueError("recall is undefined without actual positives")
    return float(np.mean(y_pred[actual] == positive))


def threshold_for_recall(y_true, scores, target, positive=1):
    if not 0 < target <= 1:
        raise ValueError(f"target recall must be in (0, 1], got {target}")
    pos_scores = np.sort(np.asarray(scores, dtype=float)[np.asarray(y_true) == positive])[::-1]
    if len(pos_scores) == 0:
        raise ValueError("no actual positives")
    # Catching the i + 1 highest-scoring positives gives recall (i + 1) / P.
    for i, s in enumerate(pos_scores):
        if (i + 1) / len(pos_scores) >= target:
            return float(s)
    return float(pos_scores[-1])

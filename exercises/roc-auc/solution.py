"""ROC curve and AUC by ranking: a reference solution."""
import numpy as np


def roc_curve_points(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    P, N = np.sum(y == 1), np.sum(y == 0)
    fpr, tpr = [0.0], [0.0]
    for t in np.unique(s)[::-1]:
        predicted = s >= t
        tpr.append(np.sum(predicted & (y == 1)) / P)
        fpr.append(np.sum(predicted & (y == 0)) / N)
    return np.array(fpr), np.array(tpr)


def _average_ranks(s):
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1  # ranks start at 1
        i = j + 1
    return ranks


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    P, N = int(np.sum(y == 1)), int(np.sum(y == 0))
    if P == 0 or N == 0:
        raise ValueError("ROC-AUC needs both positive and negative examples")
    ranks = _average_ranks(s)
    return float((ranks[y == 1].sum() - P * (P + 1) / 2) / (P * N))

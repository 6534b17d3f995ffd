"""F1-score, macro and micro: a reference solution."""
import numpy as np


def f_beta(precision, recall, beta=1.0):
    b2 = beta**2
    denominator = b2 * precision + recall
    if denominator == 0:
        return 0.0
    return float((1 + b2) * precision * recall / denominator)


def f1_average(y_true, y_pred, average="macro"):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.unique(np.concatenate([y_true, y_pred]))
    tp = np.array([np.sum((y_pred == c) & (y_true == c)) for c in labels])
    fp = np.array([np.sum((y_pred == c) & (y_true != c)) for c in labels])
    fn = np.array([np.sum((y_pred != c) & (y_true == c)) for c in labels])

    def ratio(a, b):
        return a / b if b else 0.0

    if average == "macro":
        return float(np.mean([f_beta(ratio(t, t + p), ratio(t, t + n)) for t, p, n in zip(tp, fp, fn)]))
    if average == "micro":
        T, P, N = tp.sum(), fp.sum(), fn.sum()
        return f_beta(ratio(T, T + P), ratio(T, T + N))
    raise ValueError(f"average must be 'macro' or 'micro', got {average!r}")

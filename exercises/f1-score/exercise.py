"""F1, F-beta, macro and micro: see README.md. Replace each `raise NotImplementedError`."""
import numpy as np


def f_beta(precision, recall, beta=1.0):
    """Return (1 + beta^2) P R / (beta^2 P + R), or 0.0 when P and R are both 0."""
    raise NotImplementedError("f_beta: the weighted harmonic mean of precision and recall")


def f1_average(y_true, y_pred, average="macro"):
    """Return the macro- or micro-averaged F1 over all labels in y_true and y_pred."""
    raise NotImplementedError("f1_average: TP, FP, FN per class; macro = mean of per-class F1, micro = F1 of the summed counts")

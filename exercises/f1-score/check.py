import numpy as np

from exercise import f1_average, f_beta

Y_TRUE = [0, 0, 1, 1, 2, 2, 2, 0]
Y_PRED = [0, 1, 1, 1, 2, 0, 2, 0]


def check_f1_is_a_harmonic_mean():
    got = f_beta(1.0, 0.1)
    hint = " That is the arithmetic mean; F1 is the harmonic mean 2PR / (P + R)." if np.isclose(float(got), 0.55) else ""
    assert np.isclose(float(got), 2 * 0.1 / 1.1), f"f_beta(precision=1.0, recall=0.1) should be 2·1·0.1 / 1.1 = 0.1818, got {got}.{hint}"
    got = f_beta(0.6, 0.6)
    assert np.isclose(float(got), 0.6), f"f_beta(0.6, 0.6) should be 0.6 (equal P and R give that value), got {got}"
    got = f_beta(0.0, 0.0)
    assert float(got) == 0.0, f"f_beta(0, 0) is 0/0; it should return 0.0, got {got}"


def check_beta_weights_recall():
    got2, got_half = float(f_beta(0.5, 1.0, beta=2.0)), float(f_beta(0.5, 1.0, beta=0.5))
    assert np.isclose(got2, 2.5 / 3) and np.isclose(got_half, 0.625 / 1.125), (
        f"f_beta(P=0.5, R=1.0): with beta=2 (recall counts more) it should be 5·0.5 / (4·0.5 + 1) = 0.8333, with beta=0.5 "
        f"1.25·0.5 / (0.25·0.5 + 1) = 0.5556; got {got2:.4f} and {got_half:.4f}. Is β squared, and on the precision side of the denominator?"
    )


def check_macro_three_classes():
    got = f1_average(Y_TRUE, Y_PRED, "macro")
    hint = ""
    if np.isclose(float(got), 7 / 9):
        hint = " That is the F1 of the mean precision and mean recall; macro-F1 is the mean of the per-class F1 scores."
    assert np.isclose(float(got), (2 / 3 + 0.8 + 0.8) / 3), (
        f"f1_average(y_true = {Y_TRUE}, y_pred = {Y_PRED}, 'macro'): class 0 has P = R = 2/3 (F1 0.667), class 1 P = 2/3, R = 1 (F1 0.8), "
        f"class 2 P = 1, R = 2/3 (F1 0.8), so the macro-F1 is 0.7556; got {got}.{hint}"
    )


def check_micro_equals_accuracy():
    got = f1_average(Y_TRUE, Y_PRED, "micro")
    assert np.isclose(float(got), 0.75), (
        f"f1_average(…, 'micro') sums TP = 6, FP = 2, FN = 2 over the classes, so P = R = F1 = 0.75 (the accuracy); got {got}"
    )
    rng = np.random.default_rng(5)
    y_true, y_pred = rng.integers(0, 4, 60), rng.integers(0, 4, 60)
    got = f1_average(y_true, y_pred, "micro")
    assert np.isclose(float(got), np.mean(y_true == y_pred)), (
        f"on 60 random 4-class labels the micro-F1 should equal the accuracy {np.mean(y_true == y_pred):.4f}, got {got}. "
        "Micro-averaging adds up TP, FP and FN over the classes first and computes a single F1 from the totals; it does not average per-class F1 scores"
    )


def check_macro_punishes_ignoring_a_rare_class():
    y_true = ["ok"] * 8 + ["fraud"] * 2
    y_pred = ["ok"] * 10
    macro, micro = float(f1_average(y_true, y_pred, "macro")), float(f1_average(y_true, y_pred, "micro"))
    assert np.isclose(micro, 0.8) and np.isclose(macro, (16 / 18) / 2), (
        f"a model that never predicts the rare class 'fraud' (2 of 10): micro-F1 is the accuracy 0.8, but macro-F1 averages F1('ok') = 0.889 "
        f"with F1('fraud') = 0 (no fraud predicted: precision counts as 0), giving 0.444. Got micro {micro:.4f}, macro {macro:.4f}"
    )


def check_unknown_average():
    try:
        f1_average(Y_TRUE, Y_PRED, "weighted")
    except ValueError:
        return
    raise AssertionError("f1_average(…, average='weighted') should raise ValueError: only 'macro' and 'micro' are supported")

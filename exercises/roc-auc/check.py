import numpy as np

from exercise import roc_auc, roc_curve_points

Y5 = np.array([1, 0, 1, 1, 0])
S5 = np.array([0.9, 0.8, 0.7, 0.6, 0.2])
Y_TIE = np.array([1, 0, 1, 0])
S_TIE = np.array([0.5, 0.5, 0.9, 0.1])


def _pairwise_auc(y, s):
    pos, neg = s[y == 1], s[y == 0]
    diff = pos[:, None] - neg[None, :]
    return float(np.mean((diff > 0) + 0.5 * (diff == 0)))


def check_curve_points():
    fpr, tpr = (np.asarray(a, dtype=float) for a in roc_curve_points(Y5, S5))
    expected_fpr = [0, 0, 0.5, 0.5, 0.5, 1]
    expected_tpr = [0, 1 / 3, 1 / 3, 2 / 3, 1, 1]
    assert fpr.shape == (6,) and np.allclose(fpr, expected_fpr) and np.allclose(tpr, expected_tpr), (
        f"roc_curve_points(y = {Y5.tolist()}, scores = {S5.tolist()}) should start at (0, 0) and add one point per score from high to low:\n"
        f"fpr {expected_fpr}\ntpr {np.round(expected_tpr, 4).tolist()}\ngot\nfpr {np.round(fpr, 4).tolist()}\ntpr {np.round(tpr, 4).tolist()}"
    )


def check_curve_with_tied_scores():
    fpr, tpr = (np.asarray(a, dtype=float) for a in roc_curve_points(Y_TIE, S_TIE))
    assert fpr.shape == (4,) and np.allclose(fpr, [0, 0, 0.5, 1]) and np.allclose(tpr, [0, 0.5, 1, 1]), (
        f"roc_curve_points(y = {Y_TIE.tolist()}, scores = {S_TIE.tolist()}): the two scores of 0.5 (a positive and a negative) cross the "
        f"threshold together, one diagonal step from (0, 0.5) to (0.5, 1). Expected fpr [0, 0, 0.5, 1], tpr [0, 0.5, 1, 1]; got fpr "
        f"{np.round(fpr, 4).tolist()}, tpr {np.round(tpr, 4).tolist()}. Use one threshold per distinct score"
    )


def check_auc_hand_examples():
    got = float(roc_auc(Y5, S5))
    hint = " Did you subtract P(P + 1)/2 from the positives' rank sum?" if got > 1 else ""
    assert np.isclose(got, 4 / 6), (
        f"roc_auc(y = {Y5.tolist()}, scores = {S5.tolist()}): of the 6 positive–negative pairs, 4 have the positive scored higher, so 0.6667; got {got}.{hint}"
    )
    got = float(roc_auc(Y_TIE, S_TIE))
    assert np.isclose(got, 0.875), (
        f"roc_auc(y = {Y_TIE.tolist()}, scores = {S_TIE.tolist()}): 3 of the 4 pairs are ordered correctly and one is tied (counts ½), so 3.5/4 = 0.875; "
        f"got {got}. Tied scores must get the average of their ranks"
    )


def check_auc_extremes():
    y = np.array([0, 0, 1, 1, 1])
    cases = [(np.array([0.1, 0.2, 0.3, 0.4, 0.5]), 1.0, "perfect ranking"), (np.array([0.5, 0.4, 0.3, 0.2, 0.1]), 0.0, "reversed ranking"),
             (np.full(5, 0.7), 0.5, "all scores equal")]
    for s, expected, what in cases:
        got = float(roc_auc(y, s))
        assert np.isclose(got, expected), f"roc_auc with y = {y.tolist()} and scores {s.tolist()} ({what}) should be {expected}, got {got}"


def check_auc_matches_pairs_and_curve_area():
    rng = np.random.default_rng(14)
    y = rng.integers(0, 2, 80)
    s = np.round(rng.normal(size=80) + y, 1)  # rounded: many ties
    expected = _pairwise_auc(y, s)
    got = float(roc_auc(y, s))
    assert np.isclose(got, expected), (
        f"roc_auc on 80 examples with many tied scores should equal the share of positive–negative pairs ordered correctly (ties ½), {expected:.6f}; got {got:.6f}"
    )
    fpr, tpr = (np.asarray(a, dtype=float) for a in roc_curve_points(y, s))
    area = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
    assert np.isclose(area, expected), f"the trapezoid area under your ROC curve should equal the AUC {expected:.6f}, got {area:.6f}"
    got_transformed = float(roc_auc(y, np.exp(3 * s)))
    assert np.isclose(got_transformed, got), "AUC depends only on the order of the scores: roc_auc(y, exp(3·s)) should equal roc_auc(y, s)"


def check_auc_needs_both_classes():
    try:
        got = roc_auc([1, 1, 1], [0.2, 0.5, 0.9])
    except ValueError:
        return
    raise AssertionError(f"roc_auc with only positives has no pairs to compare and should raise ValueError, but returned {got}")

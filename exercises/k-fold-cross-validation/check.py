import numpy as np

from exercise import cross_val_score, kfold_indices


def _fold_lists(folds):
    return [(np.asarray(tr).tolist(), np.asarray(va).tolist()) for tr, va in folds]


def check_ten_examples_three_folds():
    folds = _fold_lists(kfold_indices(10, 3))
    sizes = [len(va) for _, va in folds]
    hint = ""
    if sizes == [3, 3, 3]:
        hint = " Example 9 is never held out: the n % k leftover examples must go into the first folds."
    elif sizes == [3, 3, 4]:
        hint = " The first n % k folds get the extra examples, not the last one."
    assert sizes == [4, 3, 3], f"kfold_indices(10, 3) should make validation folds of sizes [4, 3, 3], got {sizes}.{hint}"
    assert [va for _, va in folds] == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]], (
        f"without shuffling the validation folds are consecutive blocks: [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]], got {[va for _, va in folds]}"
    )
    assert folds[1][0] == [0, 1, 2, 3, 7, 8, 9], f"the training indices of fold 1 should be everything else, sorted: [0, 1, 2, 3, 7, 8, 9], got {folds[1][0]}"


def check_partition_properties():
    for n, k in [(23, 5), (7, 7), (12, 4), (9, 2)]:
        folds = _fold_lists(kfold_indices(n, k, shuffle=True, seed=1))
        assert len(folds) == k, f"kfold_indices({n}, {k}) should return {k} folds, got {len(folds)}"
        held_out = sorted(i for _, va in folds for i in va)
        assert held_out == list(range(n)), f"kfold_indices({n}, {k}, shuffle=True): every example should be held out exactly once, but the validation folds cover {held_out}"
        for train, val in folds:
            assert not set(train) & set(val) and sorted(train + val) == list(range(n)), (
                f"kfold_indices({n}, {k}): a fold's training and validation indices must be disjoint and together cover 0..{n - 1}; got train {train}, val {val}"
            )
            assert train == sorted(train) and val == sorted(val), f"kfold_indices: return both index arrays sorted ascending, got train {train}, val {val}"
        sizes = [len(va) for _, va in folds]
        assert max(sizes) - min(sizes) <= 1, f"kfold_indices({n}, {k}): fold sizes should differ by at most one, got {sizes}"


def check_shuffle_uses_the_seeded_permutation():
    order = np.random.default_rng(42).permutation(11)
    folds = _fold_lists(kfold_indices(11, 3, shuffle=True, seed=42))
    expected = [sorted(order[0:4].tolist()), sorted(order[4:8].tolist()), sorted(order[8:11].tolist())]
    assert [va for _, va in folds] == expected, (
        f"kfold_indices(11, 3, shuffle=True, seed=42) should cut np.random.default_rng(42).permutation(11) = {order.tolist()} into blocks of 4, 4, 3: "
        f"validation folds {expected}; got {[va for _, va in folds]}"
    )
    again = _fold_lists(kfold_indices(11, 3, shuffle=True, seed=42))
    assert again == folds, "kfold_indices with the same seed should return the same folds"


def check_bad_k():
    for k in (1, 0, 6):
        try:
            kfold_indices(5, k)
        except ValueError:
            continue
        raise AssertionError(f"kfold_indices(5, {k}) should raise ValueError: k must be between 2 and n")


def check_cross_val_score_with_a_mean_predictor():
    X = np.arange(6, dtype=float).reshape(-1, 1)
    y = np.array([1.0, 3.0, 2.0, 6.0, 4.0, 8.0])
    fit = lambda X_train, y_train: float(np.mean(y_train))
    score = lambda model, X_val, y_val: float(np.mean((y_val - model) ** 2))
    got = np.asarray(cross_val_score(X, y, 3, fit, score), dtype=float)
    # Fold 0 holds out y = 1, 3 and fits the mean 5 of the rest: MSE ((1-5)² + (3-5)²) / 2 = 10; fold 1: mean 4 -> 4; fold 2: mean 3 -> 13.
    hint = ""
    if got.shape == (3,) and np.allclose(got, [1.0, 4.0, 4.0]):
        hint = " Those are the errors of a model fitted on the validation fold itself: fit on the training rows."
    assert got.shape == (3,) and np.allclose(got, [10.0, 4.0, 13.0]), (
        f"cross_val_score with a predict-the-mean model and MSE, y = {y.tolist()}, k=3: fold 0 holds out y = 1, 3 and fits the mean 5 of the "
        f"other four, MSE 10; fold 1 gives 4 and fold 2 gives 13. Expected [10, 4, 13], got {got.tolist()}.{hint}"
    )

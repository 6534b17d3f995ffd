import numpy as np

from exercise import best_split, gini

# Feature 0 separates best between 7 and 8; feature 1 is worse.
X = np.array([[1, 3], [2, 1], [4, 4], [5, 1], [7, 5], [8, 2], [10, 9], [11, 6]], dtype=float)
Y = np.array([0, 0, 0, 0, 0, 1, 0, 1])


def check_gini_values():
    cases = [([0, 0, 0], 0.0), ([0, 1], 0.5), ([0, 1, 2], 2 / 3), (["cat", "cat", "dog", "dog"], 0.5), ([1, 1, 1, 0], 0.375)]
    for labels, expected in cases:
        got = gini(np.array(labels))
        assert np.isclose(float(got), expected), (
            f"gini({labels}) should be {expected:.4f} (1 minus the sum of the squared class shares), got {got}"
        )
    got = gini(np.array([], dtype=int))
    assert np.isclose(float(got), 0.0), f"gini of an empty array should be 0.0, got {got}"


def check_best_split_weights_children_by_size():
    split = best_split(X, Y)
    assert split is not None and len(split) == 3, f"best_split should return (feature, threshold, impurity), got {split}"
    feature, threshold, impurity = split
    hint = ""
    if (feature, float(threshold)) == (0, 10.5):
        hint = (" You chose to split off the single point x = 11: that is what an unweighted mean of the two children's impurities rewards. "
                "Weight each child by its number of points.")
    elif feature == 0 and np.isclose(threshold, 7.0):
        hint = " Right split, but the threshold should be the midpoint between 7 and 8."
    assert (feature, round(float(threshold), 9), round(float(impurity), 9)) == (0, 7.5, round(1 / 6, 9)), (
        f"best_split on the 8-point example should be (0, 7.5, 0.1667): x₀ ≤ 7.5 leaves five 0s on the left (impurity 0) and [1, 0, 1] on the right "
        f"(impurity 4/9), so (5·0 + 3·4/9) / 8 = 1/6. Got {split}.{hint}"
    )


def check_best_split_uses_only_the_given_features():
    split = best_split(X, Y, features=[1])
    assert split is not None and split[0] == 1, (
        f"best_split(X, y, features=[1]) may only look at column 1 (a random forest picks a random subset of features per node), got {split}"
    )
    assert np.isclose(split[1], 1.5) and np.isclose(split[2], 1 / 3), (
        f"best_split(X, y, features=[1]) should be (1, 1.5, 0.3333): the two points with x₁ = 1 are both class 0; got {split}"
    )


def check_thresholds_are_midpoints_of_distinct_values():
    Xd = np.array([[1.0], [1.0], [2.0], [2.0], [2.0], [4.0]])
    yd = np.array([0, 1, 1, 1, 1, 1])
    split = best_split(Xd, yd)
    assert split is not None and split[0] == 0 and np.isclose(split[1], 1.5) and np.isclose(split[2], 1 / 6), (
        f"best_split on x = [1, 1, 2, 2, 2, 4], y = [0, 1, 1, 1, 1, 1] should be (0, 1.5, 0.1667): thresholds lie between distinct values, "
        f"so the two points with x = 1 always go to the same side; got {split}"
    )


def check_ties_keep_the_first_split():
    Xt = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]])
    yt = np.array([0, 0, 1, 1])
    split = best_split(Xt, yt)
    assert split is not None and split[0] == 0 and np.isclose(split[1], 2.5) and np.isclose(split[2], 0.0), (
        f"both columns split [0, 0, 1, 1] perfectly; on a tie best_split should keep the earlier feature: expected (0, 2.5, 0.0), got {split}"
    )
    split = best_split(Xt, yt, features=[1, 0])
    assert split is not None and split[0] == 1 and np.isclose(split[1], 25.0), (
        f"with features=[1, 0] column 1 is searched first, so the tie goes to it: expected (1, 25.0, 0.0), got {split}"
    )


def check_no_split_on_constant_columns():
    split = best_split(np.ones((4, 2)), np.array([0, 1, 0, 1]))
    assert split is None, f"every column is constant, so there is no split: best_split should return None, got {split}"

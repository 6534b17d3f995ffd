import numpy as np

from exercise import conditional_x_given_y, independent

# X = 0: event A happens, X = 1: it does not; Y = 0: event B happens, Y = 1: it does not.
# P(A) = 0.3, P(B) = 0.5, P(A and B) = 0.1.
AB = np.array([[0.1, 0.2], [0.4, 0.3]])


def check_conditional_of_two_events():
    got = np.asarray(conditional_x_given_y(AB))
    assert got.shape == (2, 2), f"conditional_x_given_y of a 2×2 table should be 2×2, got shape {got.shape}"
    hint = " You divided by P(X = i) (the row sums): that is P(Y | X). Condition on Y by dividing each column by its sum." if np.isclose(got[0, 0], 1 / 3) else ""
    assert np.isclose(got[0, 0], 0.2), (
        f"conditional_x_given_y: with P(A and B) = 0.1 and P(B) = 0.5, P(A | B) = 0.1 / 0.5 = 0.2 should be entry [0, 0], got {got[0, 0]:.4f}.{hint}"
    )
    expected = np.array([[0.2, 0.4], [0.8, 0.6]])
    assert np.allclose(got, expected), f"conditional_x_given_y({AB.tolist()}) should be {expected.tolist()}, got {np.round(got, 4).tolist()}"


def check_conditional_columns_sum_to_one():
    joint = np.array([[0.05, 0.10, 0.15], [0.20, 0.02, 0.08], [0.10, 0.18, 0.12]])
    got = np.asarray(conditional_x_given_y(joint))
    sums = got.sum(axis=0)
    assert np.allclose(sums, 1.0), (
        f"conditional_x_given_y: for each value j of Y, P(X = · | Y = j) is a distribution, so every column should sum to 1; "
        f"the column sums are {np.round(sums, 4)}"
    )
    assert np.isclose(got[1, 2], 0.08 / 0.35), f"conditional_x_given_y: P(X = 1 | Y = 2) should be 0.08 / 0.35 = {0.08 / 0.35:.4f}, got {got[1, 2]:.4f}"


def check_events_are_dependent():
    assert not independent(AB), (
        "independent: P(A and B) = 0.1 but P(A)·P(B) = 0.3 · 0.5 = 0.15, so A and B are dependent; independent returned True"
    )


def check_product_table_is_independent():
    joint = np.array([[0.03, 0.07], [0.27, 0.63]])  # P(X) = [0.1, 0.9], P(Y) = [0.3, 0.7], and every cell is their product
    assert independent(joint), (
        "independent([[0.03, 0.07], [0.27, 0.63]]) should be True: the marginals are [0.1, 0.9] and [0.3, 0.7] and every cell is "
        "their product (0.03 = 0.1 · 0.3, …), but independent returned False. In floating point 0.1 · 0.3 is not exactly 0.03: "
        "compare within tol (np.allclose with atol=tol), not with =="
    )


def check_mutually_exclusive_is_not_independent():
    joint = np.array([[0.0, 0.4], [0.6, 0.0]])  # X = 0 and Y = 0 never happen together
    assert not independent(joint), (
        "independent: in [[0, 0.4], [0.6, 0]] the events X = 0 and Y = 0 are mutually exclusive (probability 0 together), "
        "yet each has positive probability, so knowing one rules out the other: they are dependent. independent returned True"
    )


def check_independent_returns_a_bool():
    result = independent(AB)
    assert isinstance(result, (bool, np.bool_)), f"independent should return True or False, got {result!r} of type {type(result).__name__}"

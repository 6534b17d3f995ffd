import numpy as np

from exercise import one_hot, time_features


def check_one_hot_learns_sorted_categories():
    encoded, categories = one_hot(["red", "green", "red", "blue"])
    assert list(categories) == ["blue", "green", "red"], (
        f"one_hot(['red', 'green', 'red', 'blue']) should learn the sorted categories ['blue', 'green', 'red'], got {list(categories)}"
    )
    expected = np.array([[0, 0, 1], [0, 1, 0], [0, 0, 1], [1, 0, 0]], dtype=float)
    encoded = np.asarray(encoded)
    assert encoded.shape == (4, 3) and np.array_equal(encoded, expected), (
        f"one_hot(['red', 'green', 'red', 'blue']) should be\n{expected}\n(columns blue, green, red), got\n{encoded}"
    )


def check_one_hot_reuses_categories():
    _, categories = one_hot(["paris", "lyon", "nice"])
    encoded, again = one_hot(["nice", "nice", "paris"], categories)
    encoded = np.asarray(encoded)
    assert list(again) == ["lyon", "nice", "paris"], f"one_hot(values, categories) should return the categories it was given, got {list(again)}"
    assert encoded.shape == (3, 3), (
        f"one_hot(['nice', 'nice', 'paris'], ['lyon', 'nice', 'paris']) should have 3 columns, one per given category, "
        f"even though 'lyon' does not occur; got shape {encoded.shape}"
    )
    assert np.array_equal(encoded, [[0, 1, 0], [0, 1, 0], [0, 0, 1]]), f"one_hot with the training categories [lyon, nice, paris]: got\n{encoded}"


def check_one_hot_unseen_value():
    try:
        encoded, _ = one_hot(["lyon", "marseille"], ["lyon", "nice", "paris"])
    except (KeyError, ValueError) as error:
        raise AssertionError(
            f"one_hot(['lyon', 'marseille'], ['lyon', 'nice', 'paris']) raised {type(error).__name__}: {error}. "
            "A value seen only in the test data should get a row of zeros"
        ) from None
    encoded = np.asarray(encoded)
    assert np.array_equal(encoded, [[1, 0, 0], [0, 0, 0]]), (
        f"one_hot(['lyon', 'marseille'], ['lyon', 'nice', 'paris']) should be [[1, 0, 0], [0, 0, 0]] (marseille is unknown), got {encoded.tolist()}"
    )


def check_day_of_week_and_weekend():
    # 2024-03-04 is a Monday, 2024-03-09 a Saturday, 2024-03-10 a Sunday.
    got = np.asarray(time_features(["2024-03-04T08:00:00", "2024-03-09T12:00:00", "2024-03-10T18:00:00", "2024-03-08T23:00:00"]))
    assert got.shape == (4, 4), f"time_features of 4 timestamps should have shape (4, 4), got {got.shape}"
    days = got[:, 0].tolist()
    hint = " That counts from Monday = 1 (isoweekday); use weekday(), Monday = 0." if days == [1, 6, 7, 5] else ""
    assert days == [0, 5, 6, 4], f"time_features: days of week of Mon 4, Sat 9, Sun 10 and Fri 8 March 2024 should be [0, 5, 6, 4], got {days}.{hint}"
    assert got[:, 1].tolist() == [0, 1, 1, 0], f"time_features: is-weekend for Mon, Sat, Sun, Fri should be [0, 1, 1, 0], got {got[:, 1].tolist()}"


def check_hour_is_cyclical():
    got = np.asarray(time_features(["2024-03-04T06:00:00", "2024-03-04T00:00:00", "2024-03-04T23:30:00", "2024-03-05T00:30:00"]))
    assert np.allclose(got[0, 2:], [1.0, 0.0], atol=1e-12), (
        f"time_features: at 06:00 the angle is 2π·6/24 = π/2, so (sin, cos) should be (1, 0); got {got[0, 2:].tolist()}"
    )
    assert np.allclose(got[1, 2:], [0.0, 1.0], atol=1e-12), f"time_features: at 00:00 (sin, cos) should be (0, 1), got {got[1, 2:].tolist()}"
    angle = 2 * np.pi * 23.5 / 24
    assert np.allclose(got[2, 2:], [np.sin(angle), np.cos(angle)]), (
        f"time_features: 23:30 is h = 23.5 hours, so (sin, cos) should be ({np.sin(angle):.4f}, {np.cos(angle):.4f}), got {np.round(got[2, 2:], 4).tolist()}. "
        "Include the minutes: h = hour + minute / 60"
    )
    gap = np.linalg.norm(got[2, 2:] - got[3, 2:])
    assert np.isclose(gap, 2 * np.sin(np.pi / 24)), (
        f"time_features: 23:30 and 00:30 are one hour apart, so their (sin, cos) points should be 2·sin(π/24) ≈ 0.261 apart, got {gap:.3f}. "
        "Use the hour with its minutes (23.5) over a 24-hour period"
    )

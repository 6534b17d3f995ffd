import numpy as np
import pandas as pd

from exercise import add_group_mean, city_summary


def listings():
    return pd.DataFrame(
        {
            "city": ["Lyon", "Paris", "Lyon", "Nice", "Paris", "Paris", "Lyon", "Nice"],
            "price": [200.0, 450.0, 260.0, 300.0, np.nan, 390.0, 230.0, 340.0],
            "rooms": [2, 3, 3, 2, 1, 2, 2, 3],
        },
        index=[10, 11, 12, 13, 14, 15, 16, 17],
    )


def check_group_mean_per_row():
    df = listings()
    out = add_group_mean(df, "city", "price", "city_mean_price")
    assert isinstance(out, pd.DataFrame), f"add_group_mean should return a DataFrame, got {type(out).__name__}"
    assert "city_mean_price" in out.columns, f"add_group_mean(df, 'city', 'price', 'city_mean_price') should add that column; the columns are {list(out.columns)}"
    got = out["city_mean_price"]
    expected = pd.Series([230.0, 420.0, 230.0, 320.0, 420.0, 420.0, 230.0, 320.0], index=df.index)
    hint = ""
    if got.isna().all():
        hint = " All missing: a per-group result (indexed by city) does not align with the rows; use .transform('mean')."
    assert not got.isna().any() and np.allclose(got.to_numpy(dtype=float), expected.to_numpy()), (
        f"add_group_mean: each row should get its city's mean price (Lyon 230, Paris 420 ignoring the missing price, Nice 320); "
        f"got {got.tolist()}.{hint}"
    )


def check_group_mean_keeps_rows_and_input():
    df = listings()
    before = df.copy()
    out = add_group_mean(df, "city", "price", "city_mean_price")
    assert list(out.index) == list(df.index), f"add_group_mean should keep the rows and index in order {list(df.index)}, got {list(out.index)}"
    assert list(out.columns[:3]) == ["city", "price", "rooms"], f"add_group_mean should keep the original columns, got {list(out.columns)}"
    assert df.equals(before), (
        f"add_group_mean changed its input: df now has the columns {list(df.columns)}. Work on df.copy() and return that"
    )


def check_group_mean_other_columns():
    out = add_group_mean(listings(), "rooms", "price", "rooms_mean")
    assert np.isclose(out.loc[13, "rooms_mean"], (200 + 300 + 390 + 230) / 4), (
        f"add_group_mean(df, 'rooms', 'price', 'rooms_mean'): the 2-room listings average {(200 + 300 + 390 + 230) / 4}, got {out.loc[13, 'rooms_mean']}"
    )


def check_city_summary():
    got = city_summary(listings())
    assert isinstance(got, pd.DataFrame), f"city_summary should return a DataFrame, got {type(got).__name__}"
    assert got.index.name == "city", f"city_summary should be indexed by city (index name 'city'), got index name {got.index.name!r}"
    missing = {"median_price", "listings"} - set(got.columns)
    assert not missing, f"city_summary should have the columns median_price and listings; missing {sorted(missing)}, got {list(got.columns)}"
    assert list(got.index) == ["Paris", "Nice", "Lyon"], (
        f"city_summary should list Paris (median 420), Nice (320), Lyon (230), highest median first, got {list(got.index)}"
    )
    assert np.allclose(got["median_price"].to_numpy(dtype=float), [420.0, 320.0, 230.0]), (
        f"city_summary median_price should be [420, 320, 230] (the missing Paris price is skipped), got {got['median_price'].tolist()}"
    )
    hint = " 'count' skips missing prices; the number of rows is 'size'." if got["listings"].tolist() == [2, 2, 3] else ""
    assert got["listings"].tolist() == [3, 2, 3], f"city_summary listings should count every row of the city: Paris 3, Nice 2, Lyon 3; got {got['listings'].tolist()}.{hint}"


def check_city_summary_min_listings():
    got = city_summary(listings(), min_listings=3)
    assert sorted(got.index) == ["Lyon", "Paris"], f"city_summary(df, min_listings=3) should keep only Lyon and Paris (3 rows each), got {list(got.index)}"

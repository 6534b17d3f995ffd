"""Group, aggregate and broadcast back with pandas: see README.md. Replace each `raise NotImplementedError`."""
import pandas as pd


def add_group_mean(df, by, column, name):
    """Return a copy of df with a column `name`: the mean of `column` within each row's `by` group."""
    raise NotImplementedError("add_group_mean: groupby(by)[column].transform('mean') on a copy")


def city_summary(df, min_listings=2):
    """Return median_price and listings per city (index 'city'), cities with >= min_listings rows, highest median first."""
    raise NotImplementedError("city_summary: groupby('city').agg(...) with named aggregations, filter, sort")

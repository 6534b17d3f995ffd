"""Group, aggregate and broadcast back with pandas: a reference solution."""
import pandas as pd


def add_group_mean(df, by, column, name):
    out = df.copy()
    out[name] = df.groupby(by)[column].transform("mean")
    return out


def city_summary(df, min_listings=2):
    summary = df.groupby("city").agg(median_price=("price", "median"), listings=("price", "size"))
    summary = summary[summary["listings"] >= min_listings]
    return summary.sort_values("median_price", ascending=False)

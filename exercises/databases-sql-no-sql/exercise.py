"""SQL queries from Python: see README.md. Replace each `raise NotImplementedError`."""
import sqlite3


def big_customers(conn, min_orders):
    """Return [(name, number_of_orders, average_amount)] for customers with >= min_orders orders, highest average first."""
    raise NotImplementedError("big_customers: SELECT ... JOIN ... GROUP BY ... HAVING ... ORDER BY ...")


def orders_of(conn, name):
    """Return the amounts of the named customer's orders, oldest first, with the name as a bound parameter."""
    raise NotImplementedError("orders_of: conn.execute(sql, (name,)) with a ? placeholder")

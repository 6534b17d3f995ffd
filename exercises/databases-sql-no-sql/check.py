import sqlite3

from exercise import big_customers, orders_of

CUSTOMERS = [(1, "Ada", "UK"), (2, "Bob", "US"), (3, "O'Brien", "IE"), (4, "Chen", "CN"), (5, "Dana", "US")]
ORDERS = [
    (1, 1, 120.0, "2024-01-05"), (2, 1, 80.0, "2024-02-11"), (3, 1, 100.0, "2024-03-02"),
    (4, 2, 15.0, "2024-01-20"), (5, 2, 25.0, "2024-03-21"), (6, 2, 20.0, "2024-02-01"), (7, 2, 40.0, "2024-01-02"),
    (8, 3, 300.0, "2024-02-28"), (9, 3, 200.0, "2024-01-10"),
    (10, 4, 55.0, "2024-03-03"),
]


def database():
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);"
        "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER, amount REAL, created_at TEXT);"
    )
    conn.executemany("INSERT INTO customers VALUES (?, ?, ?)", CUSTOMERS)
    # The order ids are not in date order: only ORDER BY created_at gives the dates in order.
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", ORDERS)
    return conn


def run(fn, *args):
    conn = database()
    statements = []
    conn.set_trace_callback(statements.append)
    try:
        return fn(conn, *args), statements
    except sqlite3.Error as error:
        raise AssertionError(
            f"{fn.__name__}(conn, {', '.join(map(repr, args))}) failed in SQLite: {type(error).__name__}: {error}. "
            "If a quote in a value broke the SQL, pass values as parameters: conn.execute(sql, (value,))"
        ) from None
    finally:
        conn.close()


def check_big_customers():
    got, _ = run(big_customers, 3)
    got = [tuple(row) for row in got]
    expected = [("Ada", 3, 100.0), ("Bob", 4, 25.0)]
    assert [r[0] for r in got] == ["Ada", "Bob"], (
        f"big_customers(conn, 3) should return Ada (3 orders, average 100) then Bob (4 orders, average 25), got {got}"
        + (". 'At least 3' includes Ada's exactly 3 orders: >=, not >" if [r[0] for r in got] == ["Bob"] else "")
    )
    for row, (name, n, average) in zip(got, expected):
        assert row[1] == n and abs(row[2] - average) < 1e-9, f"big_customers(conn, 3): the row for {name} should be {(name, n, average)}, got {row}"


def check_big_customers_ordering():
    got, _ = run(big_customers, 1)
    names = [row[0] for row in got]
    assert names == ["O'Brien", "Ada", "Chen", "Bob"], (
        f"big_customers(conn, 1) should list every customer with an order, highest average first: "
        f"O'Brien (250), Ada (100), Chen (55), Bob (25); got {names}"
    )


def check_aggregation_happens_in_sql():
    _, statements = run(big_customers, 2)
    sql = " ".join(statements).upper()
    assert "GROUP BY" in sql and "HAVING" in sql, (
        "big_customers should count, average and filter inside the database (GROUP BY ... HAVING ...), "
        f"not in Python; the SQL it ran was: {statements}"
    )


def check_orders_of_in_date_order():
    got, _ = run(orders_of, "Bob")
    assert list(got) == [40.0, 15.0, 20.0, 25.0], (
        f"orders_of(conn, 'Bob') should be Bob's amounts from oldest to newest, [40, 15, 20, 25], got {list(got)}. "
        "Rows come back in no particular order without ORDER BY created_at"
    )


def check_orders_of_a_name_with_a_quote():
    got, _ = run(orders_of, "O'Brien")
    assert list(got) == [200.0, 300.0], f"orders_of(conn, \"O'Brien\") should be [200, 300] (oldest first: ORDER BY created_at), got {list(got)}"


def check_orders_of_unknown_name():
    got, _ = run(orders_of, "Zed")
    assert list(got) == [], f"orders_of(conn, 'Zed') for a customer who does not exist should be [], got {got}"

"""SQL queries from Python: a reference solution."""
import sqlite3


def big_customers(conn, min_orders):
    sql = """
        SELECT c.name, COUNT(o.id) AS n, AVG(o.amount) AS average
        FROM customers AS c
        JOIN orders AS o ON o.customer_id = c.id
        GROUP BY c.id, c.name
        HAVING COUNT(o.id) >= ?
        ORDER BY average DESC
    """
    return [tuple(row) for row in conn.execute(sql, (min_orders,))]


def orders_of(conn, name):
    sql = """
        SELECT o.amount
        FROM orders AS o
        JOIN customers AS c ON c.id = o.customer_id
        WHERE c.name = ?
        ORDER BY o.created_at
    """
    return [amount for (amount,) in conn.execute(sql, (name,))]

"""Reading and writing CSV: see README.md. Replace each `raise NotImplementedError`."""
import csv
import datetime
import io


def read_table(path, types, na_values=("", "NA")):
    """Return the rows of the CSV file as dicts, values converted by types[column], missing values as None."""
    raise NotImplementedError("read_table: csv.DictReader, then convert each value (None for na_values)")


def to_csv_text(rows, fieldnames):
    """Return the CSV text of rows (dicts), header first, None as an empty field, quoting where needed."""
    raise NotImplementedError("to_csv_text: csv.DictWriter on an io.StringIO")

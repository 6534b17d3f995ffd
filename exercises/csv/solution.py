"""Reading and writing CSV: a reference solution."""
import csv
import datetime
import io


def read_table(path, types, na_values=("", "NA")):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = []
        for record in csv.DictReader(handle):
            row = {}
            for column, text in record.items():
                if text in na_values:
                    row[column] = None
                else:
                    row[column] = types.get(column, str)(text)
            rows.append(row)
    return rows


def to_csv_text(rows, fieldnames):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames)
    writer.writeheader()
    for row in rows:
        writer.writerow({key: ("" if row.get(key) is None else row.get(key)) for key in fieldnames})
    return buffer.getvalue()

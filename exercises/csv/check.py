import csv
import datetime
import io

from exercise import read_table, to_csv_text

TYPES = {"station_id": int, "temperature_c": float, "humidity": int, "date": datetime.date.fromisoformat}


def load():
    try:
        return read_table("stations.csv", TYPES)
    except ValueError as error:
        raise AssertionError(
            f"read_table('stations.csv', types) raised ValueError: {error}. Either a missing marker ('NA' or an empty field) "
            "was converted instead of becoming None, or a quoted field containing a comma was split in two (use the csv module)"
        ) from None


def check_reads_every_row_with_the_header_names():
    rows = load()
    assert len(rows) == 5, f"read_table('stations.csv', types) should return the 5 data rows (not the header), got {len(rows)}"
    assert set(rows[0]) == {"station_id", "name", "date", "temperature_c", "humidity"}, (
        f"read_table: each row should be a dict keyed by the header's column names, got keys {sorted(rows[0])}"
    )


def check_quoted_fields():
    rows = load()
    assert rows[0]["name"] == "Lyon, Bron", f"read_table: the name of station 1 is the quoted field \"Lyon, Bron\" with its comma, got {rows[0]['name']!r}"
    assert rows[2]["name"] == 'Nice "Côte d\'Azur"', (
        f"read_table: station 3's name is written \"Nice \"\"Côte d'Azur\"\"\" in the file: a doubled quote inside a quoted field is one quote, "
        f"giving 'Nice \"Côte d\\'Azur\"'; got {rows[2]['name']!r} (did you open the file as UTF-8?)"
    )


def check_types():
    rows = load()
    first = rows[0]
    assert first["station_id"] == 1 and isinstance(first["station_id"], int), f"read_table: station_id should be converted with int, got {first['station_id']!r}"
    assert first["temperature_c"] == 11.5, f"read_table: temperature_c of station 1 should be the float 11.5, got {first['temperature_c']!r}"
    assert first["date"] == datetime.date(2024, 3, 1), f"read_table: date should be converted to datetime.date(2024, 3, 1), got {first['date']!r}"
    assert rows[3]["temperature_c"] == 9.0 and isinstance(rows[3]["temperature_c"], float), (
        f"read_table: Brest's temperature '9' should become the float 9.0 (types says float), got {rows[3]['temperature_c']!r}"
    )
    assert rows[4]["temperature_c"] == -1.5, f"read_table: Strasbourg's temperature should be -1.5, got {rows[4]['temperature_c']!r}"


def check_missing_values():
    rows = load()
    missing = [(rows[1]["temperature_c"], "Paris temperature_c, written NA"), (rows[2]["humidity"], "Nice humidity, an empty field"), (rows[4]["humidity"], "Strasbourg humidity, written NA")]
    for value, where in missing:
        assert value is None, f"read_table: {where}, should be None, got {value!r}"
    assert rows[0]["humidity"] == 72, f"read_table: Lyon's humidity should be 72, got {rows[0]['humidity']!r}"


def check_untyped_columns_stay_strings():
    rows = read_table("stations.csv", {"station_id": int})
    assert rows[3]["humidity"] == "91", f"read_table with types for station_id only: humidity should stay the string '91', got {rows[3]['humidity']!r}"


def check_write_quotes_where_needed():
    rows = [{"id": 1, "name": "Lyon, Bron", "note": 'says "hi"'}, {"id": 2, "name": "Brest", "note": None}]
    text = to_csv_text(rows, ["id", "name", "note"])
    lines = text.splitlines()
    assert lines[0] == "id,name,note", f"to_csv_text should start with the header line 'id,name,note', got {lines[0]!r}"
    assert lines[1] == '1,"Lyon, Bron","says ""hi"""', (
        f"to_csv_text: the row {rows[0]} should be written 1,\"Lyon, Bron\",\"says \"\"hi\"\"\" "
        f"(a comma or a quote forces quotes, and quotes inside are doubled), got {lines[1]!r}"
    )
    assert lines[2] == "2,Brest,", f"to_csv_text: the row {rows[1]} should be written '2,Brest,' (None as an empty field), got {lines[2]!r}"


def check_write_round_trip():
    rows = [{"b": "x\ny", "a": 3.5}, {"b": "plain", "a": -2}]
    text = to_csv_text(rows, ["a", "b"])
    back = list(csv.DictReader(io.StringIO(text, newline="")))
    assert back == [{"a": "3.5", "b": "x\ny"}, {"a": "-2", "b": "plain"}], (
        f"to_csv_text should give text that csv.DictReader reads back as the same rows (columns in fieldnames order, "
        f"a line break inside a field quoted); reading it back gave {back}"
    )

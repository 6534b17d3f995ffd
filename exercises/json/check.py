import copy
import re

from exercise import flatten, read_json_lines


def check_flatten_nested():
    record = {"id": 1, "user": {"id": 7, "geo": {"country": "FR", "city": "Lyon"}}, "value": 1.5}
    got = flatten(record)
    expected = {"id": 1, "user.id": 7, "user.geo.country": "FR", "user.geo.city": "Lyon", "value": 1.5}
    hint = " A dict is still nested: flatten must recurse to any depth." if any(isinstance(v, dict) for v in got.values()) else ""
    assert got == expected, f"flatten({record}) should be\n{expected}\ngot\n{got}.{hint}"


def check_flatten_keeps_other_values():
    record = {"tags": ["a", "b"], "city": None, "ok": True, "items": [{"sku": 1}]}
    got = flatten(record)
    assert got == record, f"flatten should keep lists, None and booleans as they are: flatten({record}) should be itself, got {got}"


def check_flatten_separator_and_input():
    record = {"a": {"b": {"c": 1}}, "d": 2}
    before = copy.deepcopy(record)
    got = flatten(record, sep="__")
    assert got == {"a__b__c": 1, "d": 2}, f"flatten({record}, sep='__') should be {{'a__b__c': 1, 'd': 2}}, got {got}"
    assert record == before, f"flatten changed its argument: it is now {record}. Build a new dict"


def check_read_events():
    try:
        records = read_json_lines("events.jsonl")
    except ValueError as error:
        raise AssertionError(
            f"read_json_lines('events.jsonl') raised ValueError: {error}. The file is JSON Lines, one document per line "
            "(and one blank line to skip): parse each non-blank line with json.loads, not the whole file with json.load"
        ) from None
    assert len(records) == 3, f"read_json_lines('events.jsonl') should return 3 records (the blank line is skipped), got {len(records)}"
    first = records[0]
    assert first.get("user.geo.country") == "FR" and first.get("tags") == ["promo", "mobile"], (
        f"read_json_lines: the first record should be flattened, with 'user.geo.country': 'FR' and 'tags': ['promo', 'mobile']; got {first}"
    )
    assert records[1].get("value", "missing") is None and records[1].get("user.geo.city", "missing") is None, (
        f"read_json_lines: JSON null should become None (record 2 has value and user.geo.city null), got {records[1]}"
    )
    assert records[2].get("item.price.currency") == "EUR", f"read_json_lines: the third record should have 'item.price.currency': 'EUR', got {records[2]}"


def check_bad_line_is_reported_with_its_number():
    try:
        records = read_json_lines("broken.jsonl")
    except ValueError as error:
        message = str(error)
        assert re.search(r"\bline 3\b", message, re.IGNORECASE), (
            f"read_json_lines('broken.jsonl') should say 'line 3' in its message: the cut-off record is on the file's third line, "
            f"counting from 1; its message was: {message!r}"
        )
        return
    raise AssertionError(f"read_json_lines('broken.jsonl') should raise ValueError for the cut-off line 3, but returned {records}")

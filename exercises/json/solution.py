"""JSON Lines and flattening nested records: a reference solution."""
import json


def flatten(record, sep="."):
    flat = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for inner_key, inner_value in flatten(value, sep).items():
                flat[f"{key}{sep}{inner_key}"] = inner_value
        else:
            flat[key] = value
    return flat


def read_json_lines(path):
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}, line {number}: invalid JSON ({error.msg})") from error
            records.append(flatten(record))
    return records

"""JSON Lines and flattening nested records: see README.md. Replace each `raise NotImplementedError`."""
import json


def flatten(record, sep="."):
    """Return a flat copy of a nested dict, nested keys joined with sep."""
    raise NotImplementedError("flatten: recurse into values that are dicts, prefixing their keys")


def read_json_lines(path):
    """Return the flattened records of a JSON Lines file; ValueError naming the line number of a bad line."""
    raise NotImplementedError("read_json_lines: json.loads on each non-blank line, flatten each record")

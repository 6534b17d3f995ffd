#!/usr/bin/env python3
"""For exercise authors: runs the checks of each exercise folder against its starter
(must fail), its reference solution (must pass) and each wrong solution in
tests/fixtures/wrong-solutions/<folder name>/ (must fail), and prints the results. One Python process per exercise runs all its files.

Usage: python3 scripts/exercise-selftest.py exercises/<id> [exercises/<id> ...]
Exit 0 when every exercise behaves, 1 otherwise. The real tests (npm test) run
the same through mlroad's engine; this is the quick loop while writing.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(ROOT, "harness", "run_checks.py")


def run(exercise_dir, learners):
    """Runs the harness on several learner files in one process; returns each file's events, in order."""
    read, write = os.pipe()
    read = os.dup(read) if read == 3 else read  # fd 3 is about to be replaced
    os.dup2(write, 3)  # the runner writes its results on fd 3
    os.close(write)
    proc = subprocess.Popen([sys.executable, RUNNER, exercise_dir, *learners], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, pass_fds=(3,))
    os.close(3)
    with os.fdopen(read) as channel:
        events = [json.loads(line) for line in channel if line.strip()]
    proc.wait(timeout=300)
    per_file = []
    for event in events:
        if event["event"] == "begin":
            per_file.append([])
        elif per_file:
            per_file[-1].append(event)
    return per_file + [[] for _ in range(len(learners) - len(per_file))]


def verdict(events):
    checks = [e for e in events if e["event"] == "check"]
    other = [e for e in events if e["event"] not in ("check", "done", "begin")]
    if other:
        return "error", other[0]
    if checks and all(c["ok"] for c in checks):
        return "passed", None
    failed = [c for c in checks if not c["ok"]]
    return "failed", failed[0] if failed else {"message": "no checks ran"}


def main(dirs):
    bad = 0
    for d in dirs:
        d = os.path.abspath(d)
        name = os.path.basename(d)
        cases = [("starter", os.path.join(d, "exercise.py"), False), ("solution", os.path.join(d, "solution.py"), True)]
        wrong_dir = os.path.join(ROOT, "tests", "fixtures", "wrong-solutions", name)
        if os.path.isdir(wrong_dir):
            cases += [(f"wrong/{f}", os.path.join(wrong_dir, f), False) for f in sorted(os.listdir(wrong_dir)) if f.endswith(".py")]
        else:
            print(f"{name}: no wrong solutions in {wrong_dir}")
            bad += 1
        for (label, path, should_pass), events in zip(cases, run(d, [path for _, path, _ in cases])):
            status, first = verdict(events)
            ok = (status == "passed") == should_pass
            bad += not ok
            detail = "" if first is None else f" — {first.get('name', first.get('event'))}: {first.get('message', first.get('module', ''))} {first.get('at') or ''}"
            print(f"{'ok ' if ok else 'BAD'} {name} {label}: {status}{detail}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

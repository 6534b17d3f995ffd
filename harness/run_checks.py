"""mlroad's check runner: runs an exercise's check_* functions against a learner's file.

Usage: python3 run_checks.py EXERCISE_DIR LEARNER_FILE

The learner's file is imported as the module ``exercise``; ``check.py`` from the
exercise folder is then loaded and each top-level ``check_*`` function runs in
file order. Results go to file descriptor 3 (one JSON object per line), never to
stdout or stderr, so nothing the learner prints can be mistaken for a result.
Events:
  {"event": "check", "name", "ok", "kind": "pass"|"fail"|"error", "message", "line"}
  {"event": "import-error", "message", "line"}   the learner's file did not load
  {"event": "missing-module", "module", "package"} a library is not installed
  {"event": "done"}
The working directory is the exercise folder, so its data files are readable.
"""

import importlib.util
import json
import os
import sys
import traceback

# Import names whose pip package has another name.
PIP_NAMES = {"sklearn": "scikit-learn", "yaml": "pyyaml", "PIL": "pillow", "cv2": "opencv-python"}


def open_channel():
    try:
        return os.fdopen(3, "w", buffering=1, encoding="utf-8")
    except OSError:
        # Run by hand without fd 3: results on stderr.
        return sys.stderr


CHANNEL = open_channel()


def emit(**event):
    CHANNEL.write(json.dumps(event) + "\n")
    CHANNEL.flush()


def learner_line(tb, learner_file, fallback_files=()):
    """The deepest frame of the traceback in the learner's file, else in check.py: "file:line: source"."""
    frames = traceback.extract_tb(tb)
    for wanted in (learner_file, *fallback_files):
        for frame in reversed(frames):
            if os.path.abspath(frame.filename) == wanted:
                where = "your code" if wanted == learner_file else os.path.basename(wanted)
                source = (frame.line or "").strip()
                return {"where": where, "line": frame.lineno, "source": source}
    return None


def describe(error):
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def missing_module(error):
    """The top-level name of a library that is not installed, or None (a learner's own bad import)."""
    if not isinstance(error, ModuleNotFoundError) or not error.name:
        return None
    top = error.name.split(".")[0]
    if top == "exercise":
        return None
    return top


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv):
    if len(argv) != 3:
        print("usage: run_checks.py EXERCISE_DIR LEARNER_FILE", file=sys.stderr)
        return 2
    exercise_dir = os.path.abspath(argv[1])
    learner_file = os.path.abspath(argv[2])
    check_file = os.path.join(exercise_dir, "check.py")
    os.chdir(exercise_dir)
    # The exercise folder's own modules (helpers, data loaders) are importable,
    # after the learner's module, which is loaded by path below.
    sys.path.append(exercise_dir)
    sys.dont_write_bytecode = True

    try:
        load("exercise", learner_file)
    except BaseException as error:  # noqa: BLE001 - anything the learner's file raises on import
        if isinstance(error, KeyboardInterrupt):
            raise
        module = missing_module(error)
        if module:
            emit(event="missing-module", module=module, package=PIP_NAMES.get(module, module))
        else:
            at = learner_line(error.__traceback__, learner_file)
            if isinstance(error, SyntaxError) and error.lineno:
                at = {"where": "your code", "line": error.lineno, "source": (error.text or "").strip()}
            emit(event="import-error", message=describe(error), at=at)
        emit(event="done")
        return 0

    try:
        checks_module = load("mlroad_checks", check_file)
    except BaseException as error:  # noqa: BLE001
        if isinstance(error, KeyboardInterrupt):
            raise
        module = missing_module(error)
        if module:
            emit(event="missing-module", module=module, package=PIP_NAMES.get(module, module))
        else:
            emit(event="check-file-error", message=describe(error), at=learner_line(error.__traceback__, check_file))
        emit(event="done")
        return 0

    # Top-level check_* functions defined in check.py, in definition (file) order.
    checks = [
        (name, fn)
        for name, fn in vars(checks_module).items()
        if name.startswith("check_") and callable(fn) and getattr(fn, "__module__", None) == "mlroad_checks"
    ]
    for name, fn in checks:
        try:
            fn()
            emit(event="check", name=name, ok=True, kind="pass", message="", at=None)
        except AssertionError as error:
            message = str(error).strip() or "assertion failed"
            emit(event="check", name=name, ok=False, kind="fail", message=message, at=learner_line(error.__traceback__, learner_file, (check_file,)))
        except Exception as error:  # noqa: BLE001 - the learner's code may raise anything
            module = missing_module(error)
            if module:
                emit(event="missing-module", module=module, package=PIP_NAMES.get(module, module))
                break
            emit(event="check", name=name, ok=False, kind="error", message=describe(error), at=learner_line(error.__traceback__, learner_file, (check_file,)))
    emit(event="done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""mlroad's check runner: runs an exercise's check_* functions against a learner's file.

Usage: python3 run_checks.py EXERCISE_DIR LEARNER_FILE [LEARNER_FILE ...]

Each learner file in turn is imported as the module ``exercise``; ``check.py``
from the exercise folder is then loaded afresh and each top-level ``check_*``
function runs in file order. (Several files: the tests and authors' self-test
check a starter, a solution and wrong solutions in one process, paying for
NumPy's import once.)

Results go to file descriptor 3 (one JSON object per line), never to stdout or
stderr, so nothing the learner prints can be mistaken for a result. Events:
  {"event": "begin", "file"}                    a learner file's run starts
  {"event": "check", "name", "ok", "kind": "pass"|"fail"|"error", "message", "at"}
  {"event": "import-error", "message", "at"}    the learner's file did not load
  {"event": "check-file-error", "message", "at"} check.py itself did not load
  {"event": "missing-module", "module", "package"} a library is not installed
  {"event": "done"}                             that file's run is over
"at" is null or {"where": "your code"|"check.py", "line", "source"}.
The working directory is the exercise folder, so its data files are readable.
"""

import importlib.util
import json
import os
import sys
import traceback

# Import names whose pip package has another name.
PIP_NAMES = {"sklearn": "scikit-learn", "yaml": "pyyaml", "PIL": "pillow", "cv2": "opencv-python", "skimage": "scikit-image"}


def open_channel():
    try:
        # Moved off fd 3 to a descriptor of its own, so that a learner's
        # os.write(3, ...) cannot reach it either.
        fd = os.dup(3)
        os.close(3)
        return os.fdopen(fd, "w", buffering=1, encoding="utf-8")
    except OSError:
        # Run by hand without fd 3: results on stderr.
        return sys.stderr


CHANNEL = None


def emit(**event):
    CHANNEL.write(json.dumps(event) + "\n")
    CHANNEL.flush()


def learner_line(tb, learner_file, fallback_files=()):
    """The deepest frame of the traceback in the learner's file, else in check.py: {where, line, source}."""
    frames = traceback.extract_tb(tb)
    for wanted in (learner_file, *fallback_files):
        for frame in reversed(frames):
            if os.path.abspath(frame.filename) == wanted:
                where = "your code" if wanted == learner_file else os.path.basename(wanted)
                source = (frame.line or "").strip()
                return {"where": where, "line": frame.lineno, "source": source}
    return None


def describe(error):
    if isinstance(error, SystemExit):
        return "SystemExit: the code called exit() or sys.exit(); return a value instead"
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


def forget(exercise_dir):
    """Drops the learner's module, the checks and the folder's own helper modules, so the next file starts afresh."""
    for name, module in list(sys.modules.items()):
        where = getattr(module, "__file__", None) or ""
        if name in ("exercise", "mlroad_checks") or (where and os.path.dirname(os.path.abspath(where)) == exercise_dir):
            del sys.modules[name]


def run_file(exercise_dir, check_file, learner_file):
    """Runs every check against one learner file; emits its events. Returns False when a library is missing."""
    try:
        load("exercise", learner_file)
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # noqa: BLE001 - anything the learner's file raises on import
        module = missing_module(error)
        if module:
            emit(event="missing-module", module=module, package=PIP_NAMES.get(module, module))
            return False
        at = learner_line(error.__traceback__, learner_file)
        if isinstance(error, SyntaxError) and error.lineno and os.path.abspath(error.filename or "") == learner_file:
            at = {"where": "your code", "line": error.lineno, "source": (error.text or "").strip()}
        emit(event="import-error", message=describe(error), at=at)
        return True

    try:
        checks_module = load("mlroad_checks", check_file)
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # noqa: BLE001
        module = missing_module(error)
        if module:
            emit(event="missing-module", module=module, package=PIP_NAMES.get(module, module))
            return False
        if isinstance(error, ImportError) and getattr(error, "name", None) == "exercise":
            # "cannot import name 'knn_predict' from 'exercise'": the learner renamed or deleted a function.
            emit(event="import-error", message=describe(error), at=None)
        else:
            emit(event="check-file-error", message=describe(error), at=learner_line(error.__traceback__, check_file))
        return True

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
        except KeyboardInterrupt:
            raise
        except AssertionError as error:
            message = str(error).strip() or "assertion failed"
            emit(event="check", name=name, ok=False, kind="fail", message=message, at=learner_line(error.__traceback__, learner_file, (check_file,)))
        except BaseException as error:  # noqa: BLE001 - the learner's code may raise anything, exit() included
            module = missing_module(error)
            if module:
                emit(event="missing-module", module=module, package=PIP_NAMES.get(module, module))
                return False
            emit(event="check", name=name, ok=False, kind="error", message=describe(error), at=learner_line(error.__traceback__, learner_file, (check_file,)))
    return True


def main(argv):
    global CHANNEL
    if len(argv) < 3:
        print("usage: run_checks.py EXERCISE_DIR LEARNER_FILE [LEARNER_FILE ...]", file=sys.stderr)
        return 2
    CHANNEL = open_channel()
    exercise_dir = os.path.abspath(argv[1])
    learner_files = [os.path.abspath(f) for f in argv[2:]]
    check_file = os.path.join(exercise_dir, "check.py")
    os.chdir(exercise_dir)
    # Not this script's folder: only the exercise folder's own modules (helpers,
    # data loaders) are importable, after the learner's module, loaded by path.
    if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
        sys.path.pop(0)
    sys.path.append(exercise_dir)
    sys.dont_write_bytecode = True

    for learner_file in learner_files:
        emit(event="begin", file=learner_file)
        try:
            libraries_ok = run_file(exercise_dir, check_file, learner_file)
        finally:
            forget(exercise_dir)
        emit(event="done")
        if not libraries_ok:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import json

from exercise import load_all, with_retries


def fake_loader(outcomes):
    """A loader that returns outcomes[path], or raises it if it is an exception, and logs its calls."""
    calls = []

    def loader(path):
        calls.append(path)
        outcome = outcomes[path]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return loader, calls


def bad_json():
    try:
        json.loads("{not json")
    except ValueError as error:
        return error


def check_load_all_good_files():
    loader, calls = fake_loader({"a.json": {"x": 1}, "b.json": [1, 2]})
    loaded, skipped = load_all(["a.json", "b.json"], loader)
    assert loaded == {"a.json": {"x": 1}, "b.json": [1, 2]}, f"load_all of two good files should return both in loaded, got {loaded}"
    assert list(skipped) == [], f"load_all of two good files should skip nothing, got skipped = {skipped}"


def check_load_all_skips_missing_and_corrupt_files():
    missing = FileNotFoundError(2, "No such file or directory", "gone.json")
    corrupt = bad_json()
    loader, calls = fake_loader({"a.json": 1, "gone.json": missing, "broken.json": corrupt, "z.json": 26})
    loaded, skipped = load_all(["a.json", "gone.json", "broken.json", "z.json"], loader)
    assert calls == ["a.json", "gone.json", "broken.json", "z.json"], f"load_all should call the loader on every path in order and go on after a bad file; it called it on {calls}"
    assert loaded == {"a.json": 1, "z.json": 26}, f"load_all: loaded should hold only the two good files, {{'a.json': 1, 'z.json': 26}}, got {loaded}"
    skipped = list(skipped)
    assert [p for p, _ in skipped] == ["gone.json", "broken.json"], f"load_all: skipped should list gone.json and broken.json in order, got {skipped}"
    assert skipped[0][1] is missing and skipped[1][1] is corrupt, (
        "load_all: each skipped entry should be (path, the exception object that was caught), e.g. `except (...) as error`"
    )


def check_load_all_lets_bugs_through():
    loader, calls = fake_loader({"a.json": 1, "b.json": KeyError("label"), "c.json": 3})
    try:
        result = load_all(["a.json", "b.json", "c.json"], loader)
    except KeyError:
        return
    raise AssertionError(
        f"load_all should let a KeyError from the loader propagate (it signals a bug, not a bad file), but it returned {result}. "
        "Catch only FileNotFoundError and ValueError, never everything"
    )


def flaky(failures, error_type=ConnectionError, result="ok"):
    """A function that raises error_type the first `failures` times, then returns result; counts its calls."""
    state = {"calls": 0}

    def fn():
        state["calls"] += 1
        if state["calls"] <= failures:
            raise error_type(f"failure {state['calls']}")
        return result

    return fn, state


def check_retries_until_success():
    fn, state = flaky(2)
    got = with_retries(fn, attempts=3)
    assert got == "ok", f"with_retries(fn, attempts=3) with fn failing twice then returning 'ok' should return 'ok', got {got!r}"
    assert state["calls"] == 3, f"with_retries should call fn 3 times here (2 failures, 1 success), it called it {state['calls']} times"


def check_gives_up_after_attempts():
    fn, state = flaky(10, TimeoutError)
    try:
        with_retries(fn, attempts=4)
    except TimeoutError as error:
        assert state["calls"] == 4, f"with_retries(fn, attempts=4) should call fn exactly 4 times, it called it {state['calls']} times"
        assert str(error) == "failure 4", f"with_retries should re-raise the *last* error unchanged ('failure 4'), got {error!r}"
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(
            f"with_retries(fn, attempts=4) with fn always raising TimeoutError should re-raise that TimeoutError, got {type(error).__name__}: {error}. "
            "Use a bare `raise` inside the except block"
        ) from None
    raise AssertionError("with_retries(fn, attempts=4) with fn always raising TimeoutError should raise it after 4 calls, but it returned")


def check_no_retry_on_other_errors():
    fn, state = flaky(5, ZeroDivisionError)
    try:
        with_retries(fn, attempts=3)
    except ZeroDivisionError:
        assert state["calls"] == 1, (
            f"with_retries should not retry a ZeroDivisionError (not in retry_on: retrying a bug gives the same bug), but called fn {state['calls']} times"
        )
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"with_retries should let a ZeroDivisionError from fn through unchanged, got {type(error).__name__}: {error}") from None
    raise AssertionError("with_retries should let a ZeroDivisionError from fn propagate, but it returned")


def check_custom_retry_on():
    fn, state = flaky(1, KeyError, result=42)
    got = with_retries(fn, attempts=2, retry_on=(KeyError,))
    assert got == 42 and state["calls"] == 2, f"with_retries(fn, attempts=2, retry_on=(KeyError,)) should retry the KeyError once and return 42; got {got!r} after {state['calls']} calls"

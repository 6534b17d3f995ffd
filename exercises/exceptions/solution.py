"""Skip bad records, retry flaky calls, let real bugs through: a reference solution."""


def load_all(paths, loader):
    loaded, skipped = {}, []
    for path in paths:
        try:
            loaded[path] = loader(path)
        except (FileNotFoundError, ValueError) as error:
            skipped.append((path, error))
    return loaded, skipped


def with_retries(fn, attempts=3, retry_on=(ConnectionError, TimeoutError)):
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except retry_on:
            if attempt == attempts:
                raise

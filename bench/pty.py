#!/usr/bin/env python3
"""Drives one `mlroad browse` in a real pseudo-terminal for the benchmark.

    python3 bench/pty.py COLS ROWS MARKER KEYS_JSON -- COMMAND [ARG ...]

Starts COMMAND on a new pty of COLS x ROWS and prints one JSON line:
  open_ms   from just before the spawn to the first output byte after which
            the screen shows MARKER (the first frame),
  keys      for each key of KEYS_JSON (a JSON list of strings), the ms from
            writing it to the last byte of the frame it caused (the output
            then stays quiet for QUIET_MS), or null when nothing was drawn,
  rss_kb    the process's peak resident set (VmHWM) before it is asked to quit,
  exit      its exit status after `q`.
The timestamps are taken here, outside the process: what a user would see.
"""
import json
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import fcntl
import time

QUIET_MS = 60  # a frame is complete once the output has been quiet this long
TIMEOUT_S = 20


def main() -> None:
    cols, rows, marker, keys_json = sys.argv[1:5]
    if sys.argv[5] != '--':
        sys.exit('usage: pty.py COLS ROWS MARKER KEYS_JSON -- COMMAND [ARG ...]')
    command = sys.argv[6:]
    keys = json.loads(keys_json)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', int(rows), int(cols), 0, 0))

    def controlling_tty() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ, TERM=os.environ.get('TERM_FOR_PTY', 'xterm-256color'))
    start = time.perf_counter()
    child = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, preexec_fn=controlling_tty, env=env, close_fds=True)
    os.close(slave)
    out = bytearray()
    deadline = start + TIMEOUT_S

    def read_some(timeout: float) -> float | None:
        """Reads what is there within `timeout` s; returns the time of the read, or None."""
        ready, _, _ = select.select([master], [], [], max(0.0, timeout))
        if not ready:
            return None
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the pty
            return None
        if not chunk:
            return None
        out.extend(chunk)
        return time.perf_counter()

    def settle(since: float) -> float | None:
        """Reads until the output has been quiet for QUIET_MS; returns the time of the last byte (None: nothing came)."""
        last = None
        while time.perf_counter() < deadline:
            wait = (QUIET_MS / 1000) if last is not None else max(0.0, since + 2.0 - time.perf_counter())
            t = read_some(wait)
            if t is None:
                break
            last = t
        return last

    open_ms = None
    marker_bytes = marker.encode()
    while time.perf_counter() < deadline:
        t = read_some(deadline - time.perf_counter())
        if t is None:
            break
        if marker_bytes in out:
            open_ms = (t - start) * 1000
            break
    if open_ms is None:
        child.kill()
        print(json.dumps({'error': 'no first frame', 'output': out[-400:].decode('utf8', 'replace')}))
        sys.exit(0)
    settle(time.perf_counter())

    times = []
    for key in keys:
        t0 = time.perf_counter()
        os.write(master, key.encode())
        last = settle(t0)
        times.append(None if last is None else (last - t0) * 1000)

    rss_kb = None
    try:
        with open(f'/proc/{child.pid}/status') as status:
            for line in status:
                if line.startswith('VmHWM:'):
                    rss_kb = int(line.split()[1])
    except OSError:
        pass
    os.write(master, b'q')
    try:
        code = child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        code = child.wait()
    while read_some(0.05) is not None:
        pass
    os.close(master)
    if os.environ.get('PTY_DUMP'):  # everything the program wrote, for a closer look
        with open(os.environ['PTY_DUMP'], 'wb') as dump:
            dump.write(out)
    print(json.dumps({'open_ms': open_ms, 'keys': times, 'rss_kb': rss_kb, 'exit': code}))


if __name__ == '__main__':
    main()

"""One build at a time per output folder: an exclusive lock on ``<dist>/.lock``.

The lock is an ``flock`` on the file, so it is released by the kernel when
the holder exits or is killed, and a stale lock file never blocks anyone.
The file names the holder (process id, host, start time) for the message a
second build prints. Taking the lock again in the process that holds it is
a no-op, so the command line can hold it for a whole build while the
publishing step takes it too; a step running in another process (the
multiprocess or Dask executor) is handed the holder's token through the
run's configuration and goes ahead when the lock file carries that token.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import socket
import time
from contextlib import contextmanager
from pathlib import Path

_HELD: dict[Path, int] = {}


class BuildLocked(RuntimeError):
    """Another build holds the output folder."""


def new_token() -> str:
    return secrets.token_hex(16)


def _held_with(path: Path, token: str | None) -> bool:
    if token is None or not path.exists():
        return False
    return f"token {token}" in path.read_text(errors="replace")


@contextmanager
def build_lock(dist: Path, wait: bool = False, timeout: float | None = None, token: str | None = None):
    """Holds the output folder's lock; raises BuildLocked (naming the holder) when it is taken and ``wait`` is false.

    ``token``: written into the lock file by the holder, or, from another
    process of the same build, proof that the build already holds it.
    """
    path = (dist / ".lock").resolve() if dist.exists() else dist / ".lock"
    if path in _HELD or _held_with(path, token):
        yield
        return
    dist.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        _acquire(fd, path, dist, wait, timeout)
        os.ftruncate(fd, 0)
        stamp = f"pid {os.getpid()} on {socket.gethostname()} since {time.strftime('%Y-%m-%d %H:%M:%S')}"
        os.write(fd, (stamp + (f" token {token}" if token else "") + "\n").encode())
        _HELD[path] = fd
        try:
            yield
        finally:
            del _HELD[path]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, path: Path, dist: Path, wait: bool, timeout: float | None) -> None:
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = path.read_text(errors="replace").split(" token ")[0].strip() or "another process"
            if not wait or (deadline is not None and time.monotonic() > deadline):
                raise BuildLocked(
                    f"another build is writing into {dist} ({holder}): wait for it to finish, "
                    "or run `make release WAIT=1` to wait for it"
                ) from None
            time.sleep(0.2)

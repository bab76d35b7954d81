"""One writer per shop file (issue #21): a lock file beside the shop, held by an OS lock.

``shop.sqlite3.lock`` holds who has the shop open (computer, process, since when) as three
``key=value`` lines, and the process that has it open holds an OS lock on it (``flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows). The OS drops that lock when the process ends in any
way, a crash or a power cut included, so a lock left by a dead process is free for the
next one without anyone's help; the JSON is only there to tell the second copy whom to ask.

Within one process the lock is shared: the app closes and reopens its shop (a restore, a
switch to the sample shop and back), and tests open one file twice.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from arapp.core.private_files import FILE_MODE, make_private, private_folder

# Windows locks a byte range, and a locked range cannot be read by others: lock a byte far
# past the text so that the second copy can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a shop file: the computer's name, the process, and since when (local
    time, ``YYYY-MM-DDTHH:MM:SS``); empty when the lock file could not be read."""

    host: str = ""
    pid: int = 0
    since: str = ""


class FileInUse(Exception):
    """The shop file is held by another process (``holder`` says which)."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(f"{path} is in use by process {holder.pid} on {holder.host}")
        self.path = path
        self.holder = holder


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class ShopLock:
    """A held lock; :meth:`release` once for every :func:`acquire` that returned it."""

    def __init__(self, key: str, path: Path, fd: int) -> None:
        self.key = key
        self.path = path
        self.fd = fd
        self.count = 1

    def release(self) -> None:
        with _GUARD:
            self.count -= 1
            if self.count > 0 or self.fd < 0:
                return
            _HELD.pop(self.key, None)
            fd, self.fd = self.fd, -1
            # Removed while still locked, so that no one can lock the old file after it is
            # gone (acquire checks that the file it locked is still the one at the path).
            # (Windows will not remove an open file: it stays, emptied and unlocked.)
            with contextlib.suppress(OSError):
                self.path.unlink()
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
            os.close(fd)


_HELD: dict[str, ShopLock] = {}
_GUARD = threading.Lock()


def acquire(db_path: Path) -> ShopLock:
    """Hold the shop file at ``db_path`` for this process; :class:`FileInUse` if another
    process holds it. ``OSError`` if the lock file cannot be made (a read-only folder)."""
    key = os.path.normcase(os.path.abspath(db_path))
    with _GUARD:
        held = _HELD.get(key)
        if held is not None:
            held.count += 1
            return held
        path = lock_path(Path(key))
        private_folder(path.parent)  # a new shop in a new folder: the folder is arapp's
        for _attempt in range(5):
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
            if not _try_lock(fd):
                os.close(fd)
                raise FileInUse(Path(db_path), read_holder(path))
            if _same_file(fd, path):
                break
            # The holder removed it between our open and our lock: lock the new one.
            _unlock(fd)
            os.close(fd)
        else:  # pragma: no cover - five removals in a row
            raise FileInUse(Path(db_path), read_holder(path))
        make_private(path)
        _write_holder(fd)
        lock = ShopLock(key, path, fd)
        _HELD[key] = lock
        return lock


def read_holder(path: Path) -> LockHolder:
    """Who wrote the lock file at ``path`` (empty fields if it cannot be read)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read(4096)
    except OSError:
        return LockHolder()
    data = dict(line.partition("=")[::2] for line in text.splitlines() if "=" in line)
    try:
        pid = int(data.get("pid", "0"))
    except ValueError:
        pid = 0
    return LockHolder(data.get("host", ""), pid, data.get("since", ""))


def computer_name() -> str:
    """This computer's network name, as the owner knows it (Windows: COMPUTERNAME)."""
    if sys.platform == "win32":  # pragma: no cover
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename


def _write_holder(fd: int) -> None:
    host = computer_name().replace("\n", " ")
    since = datetime.now().isoformat(timespec="seconds")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"host={host}\npid={os.getpid()}\nsince={since}\n".encode())


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl's record locks: those belong to the process, and closing any
        # descriptor of the file (SQLite opens it too) would drop them.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

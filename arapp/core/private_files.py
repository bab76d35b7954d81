"""Files only the owner's user account may read (issue #21, privacy).

The shop file holds names, ID numbers, phones and debts. Under the usual umask (022) every
file a program makes is readable by every account on the computer, so the files arapp
makes are created with mode 0600 and its folders with 0700 explicitly, whatever the umask.
SQLite gives a database's ``-wal`` and ``-shm`` files the mode of the database itself, so
a shop file made 0600 keeps its companions private too.

On Windows ``chmod`` only sets the read-only flag; the user's profile folders are already
private there, and these calls change nothing that matters.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and missing parents) readable by this user only. A folder that
    already exists is left as it is: it may be the owner's Documents folder, which is not
    arapp's to lock; use :func:`make_private` for a folder that is arapp's own."""
    missing: list[Path] = []
    here = folder
    while not here.exists():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    folder.mkdir(parents=True, exist_ok=True)
    for made in missing:
        _chmod(made, FOLDER_MODE)
    return folder


def make_private(path: Path) -> None:
    """Mode 0600 for a file (0700 for a folder) that this user owns and that exists;
    anything else is left alone (a file of another account cannot be changed anyway)."""
    try:
        st = path.stat()
    except OSError:
        return
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return
    _chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)


def create_private_file(path: Path, *, exclusive: bool = False) -> bool:
    """Create ``path`` empty with mode 0600 if it does not exist (True when it was made).
    With ``exclusive``, an existing file is not touched and False is returned; otherwise
    an existing file is made private."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, FILE_MODE)
    except FileExistsError:
        if not exclusive:
            make_private(path)
        return False
    os.close(fd)
    _chmod(path, FILE_MODE)  # os.open's mode passes through the umask; 0600 survives 022
    return True


def make_shop_files_private(db_path: Path) -> None:
    """The shop file and its SQLite companions (``-wal``, ``-shm``, ``-journal``)."""
    make_private(db_path)
    for suffix in ("-wal", "-shm", "-journal"):
        make_private(db_path.with_name(db_path.name + suffix))


def _chmod(path: Path, mode: int) -> None:
    # A file system without modes (FAT on a USB stick) has nothing to protect with.
    with contextlib.suppress(OSError):
        os.chmod(path, mode)

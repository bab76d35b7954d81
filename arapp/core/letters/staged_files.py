"""Writing a set of files all or nothing, as far as a file system allows.

Each file is first written under a temporary name in its own folder, flushed to disk and
read back; only when every one of them is there and correct are they renamed to their
final names (a rename within one folder is atomic). A failure before the renames leaves
no file behind; letters are recorded only after the renames, so a letter that is recorded
is always on disk, and one that is not on disk is still due.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from arapp.core.errors import UserError


def prepare_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) if needed; a ``UserError`` if it is a file or
    cannot be made."""
    if folder.exists() and not folder.is_dir():
        raise UserError(
            "The letters cannot go into “{path}”: it is a file, not a folder",
            path=str(folder),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            "The folder “{path}” could not be made: {reason}",
            path=str(folder), reason=exc.strerror or str(exc),
        ) from exc


def _write_verified(folder: Path, final_name: str, data: bytes) -> Path:
    """``data`` in a new temporary file in ``folder``, synced and read back."""
    fd, name = tempfile.mkstemp(prefix=f".{final_name}.", suffix=".part", dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.read_bytes() != data:
            raise OSError(f"{path} does not read back as written")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _sync_folder(folder: Path) -> None:
    # The renames are durable only once the folder's entry list is on disk (POSIX);
    # Windows has no directory handles to sync, and NTFS journals renames itself.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(folder: Path, files: Sequence[tuple[str, bytes]]) -> tuple[Path, ...]:
    """Write ``(name, bytes)`` pairs into ``folder``: all of them end up under their
    names, complete and synced, or a ``UserError`` is raised and no temporary file is
    left. Only a rename failing half-way (a file vanishing under us) can leave some of
    the final files in place; being unrecorded, they are made again by the next run. The
    folder must exist (:func:`prepare_folder`)."""
    staged: list[tuple[Path, Path]] = []
    try:
        for name, data in files:
            staged.append((_write_verified(folder, name, data), folder / name))
        for temporary, final in staged:
            os.replace(temporary, final)
        _sync_folder(folder)
    except BaseException as exc:
        # Interrupted or failed, no temporary file may stay behind (renamed ones are gone
        # from the list's names already: unlinking them is a no-op).
        for temporary, _final in staged:
            temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(
                "The letters could not be written to “{path}”: {reason}",
                path=str(folder), reason=exc.strerror or str(exc),
            ) from exc
        raise
    return tuple(final for _temporary, final in staged)

"""Write a file all at once: into a temporary file beside the target, then rename.

A failed or interrupted run never leaves a half-written file (a PDF, a question set,
an export) and never truncates the one that was there before. Headless: the worksheet,
``generate -o`` and ``export`` share it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from readquiz.errors import OutputError


def _reason(err: OSError) -> str:
    return err.strerror.lower() if err.strerror else str(err)


def _check_directory(target: Path) -> None:
    folder = target.parent
    if not folder.exists():
        raise OutputError(f"cannot write {target}: directory {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: {folder} is not a directory")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a directory")


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 & ~umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``target``; on success, rename it over ``target``.

    Args:
        target: The file to write.

    Yields:
        A binary file to write the whole content into.

    Raises:
        OutputError: The directory is missing or not writable, or the write failed.
    """
    _check_directory(target)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as err:
        raise OutputError(f"cannot write {target}: {_reason(err)}") from err
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        temp.chmod(_mode_for(target))
        temp.replace(target)
    except OSError as err:
        temp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {target}: {_reason(err)}") from err
    except BaseException:
        temp.unlink(missing_ok=True)
        raise

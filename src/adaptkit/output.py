"""Write outputs so that a failure never leaves half a file or destroys the last good one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from adaptkit.errors import OutputError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    The rename is atomic on the same file system: readers see the old file or the
    new one, never a mixture, and an earlier output survives any failure.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder ({exc.strerror})", file=str(folder),
                          hint="choose another place with -o") from None
    if path.is_dir():
        raise OutputError("the output path is a folder", file=str(path), hint="give a file name ending in .docx")
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise OutputError(f"cannot write the output ({exc.strerror})", file=str(path),
                          hint="check the folder's permissions and free space, or choose another place with -o") from None
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass

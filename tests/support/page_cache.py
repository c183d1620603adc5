"""How much of a file the system holds in its page cache (Linux's mincore(2)), and a way to
empty it: what `fincore` reports, without needing util-linux on the machine."""

from __future__ import annotations

import ctypes
import mmap
import os
from pathlib import Path

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mincore.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_ubyte))


def cached_bytes(path: Path) -> int:
    """The bytes of `path` in the page cache now, in whole pages. Mapping the file and asking
    about the mapping reads nothing."""
    size = path.stat().st_size
    if not size:
        return 0
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), size, access=mmap.ACCESS_COPY) as m:
        pages = -(-size // mmap.PAGESIZE)
        vector = (ctypes.c_ubyte * pages)()
        start = ctypes.c_char.from_buffer(m)
        try:
            if _libc.mincore(ctypes.addressof(start), size, vector) != 0:
                error = ctypes.get_errno()
                raise OSError(error, os.strerror(error))
        finally:
            del start  # the mapping closes only once nothing points into it
        return sum(byte & 1 for byte in vector) * mmap.PAGESIZE


def forget(path: Path) -> None:
    """Drop the file's pages from the cache, so the next read comes from the device."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)

"""Process hardening at start: no core dumps, which would write the data key, passphrases,
sealed names and case text to disk in the clear when the process crashes.

What Python cannot promise is said in the README: strings (a typed passphrase, a revealed name)
are immutable and may stay in memory until it is reused; only the vault's data key lives in one
buffer that is overwritten when the vault locks."""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> list[str]:
    """Set the core-file limit to 0 and (Linux) mark the process non-dumpable, which also keeps
    other processes of the same user from attaching a debugger to read its memory. Returns what
    could not be done, for the log; never raises."""
    missed: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no resource module
        missed.append("core-file limit")
    if sys.platform.startswith("linux"):
        try:
            libc = _libc()
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                missed.append("non-dumpable")
        except OSError:
            missed.append("non-dumpable")
    return missed


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core of this process (Linux), None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> ctypes.CDLL:
    """The C library the process already has loaded. Never ctypes.util.find_library: in the
    packaged app it runs ldconfig and then gcc, which writes temporary files at start-up."""
    return ctypes.CDLL(None, use_errno=True)

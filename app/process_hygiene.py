"""Keep the process's memory out of files, as KeePassXC does: no core dumps, not dumpable.

A crash must not write what was typed (or the data key) into a core file on disk, and another
process of the same user must not read this one's memory through ptrace or /proc/PID/mem. So at
start-up the core-file limit is set to 0 (RLIMIT_CORE) and, on Linux, the process is marked
not dumpable (prctl PR_SET_DUMPABLE 0), which also closes /proc/PID/mem to the same user.
"""
from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden(dumpable_too: bool = True) -> dict[str, bool]:
    """Turn core dumps off for this process; returns what was done (each may fail quietly on a
    platform that has no such thing). `dumpable_too=False` leaves the prctl call (it loads
    ctypes, ~5 ms) to a later `not_dumpable()`, for a start that shows a plain folder."""
    done = {"core limit 0": False, "not dumpable": False}
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["core limit 0"] = True
    except (ImportError, ValueError, OSError):
        pass
    if dumpable_too:
        done["not dumpable"] = not_dumpable()
    return done


def not_dumpable() -> bool:
    """prctl(PR_SET_DUMPABLE, 0) on Linux; True when done."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            return libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
        except (OSError, AttributeError):
            pass
    return False


def is_dumpable() -> int | None:
    """prctl(PR_GET_DUMPABLE) on Linux, else None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    return ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)

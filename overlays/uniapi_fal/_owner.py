"""Which process holds a journal row it is submitting, and whether that process still runs.

A batch item is claimed by the row its submit writes first (SUBMITTING). Another process
running the same batch waits for a claim whose owner runs, and treats one whose owner
has gone as uncertain: that process may have sent the submit before it died.

An owner is `host|boot|pid|start`: the boot id and the process's start time (Linux's
`/proc`) tell a live owner from a later process given the same pid. Where they cannot be
read, a pid that runs counts as the owner; a claim from another host (a journal on a
shared disk) counts as held for `FOREIGN_CLAIM_SECONDS`.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

FOREIGN_CLAIM_SECONDS = 600.0
"""How long a claim whose owner cannot be checked (another host, Windows) is waited for."""

_mine: tuple[int, str] | None = None  # (pid, owner): recomputed in a forked child


def current() -> str:
    """This process's owner string."""
    global _mine
    pid = os.getpid()
    if _mine is None or _mine[0] != pid:
        _mine = (pid, "|".join((socket.gethostname(), _boot_id(), str(pid), _start_of(pid))))
    return _mine[1]


def holds(owner: str | None, age: float) -> bool:
    """Whether the process that wrote `owner` may still be submitting (`age`: seconds since
    it claimed). Unknown owners (rows of older versions) hold nothing."""
    if not owner:
        return False
    parts = owner.split("|")
    if len(parts) != 4 or not parts[2].isdigit():
        return False
    host, boot, pid_text, start = parts
    if owner == current():
        return True
    mine = current().split("|")
    if host != mine[0] or sys.platform == "win32":
        return age < FOREIGN_CLAIM_SECONDS
    if boot and mine[1] and boot != mine[1]:
        return False  # the machine restarted since
    pid = int(pid_text)
    if not _runs(pid):
        return False
    return not start or _start_of(pid) in ("", start)


def _runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal: only whether it exists
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # it exists, as another user's process
    return True


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _start_of(pid: int) -> str:
    """The process's start time in clock ticks after boot (field 22 of /proc/PID/stat)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    fields = stat.rpartition(")")[2].split()  # the name, in parentheses, may hold spaces
    return fields[19] if len(fields) > 19 else ""

"""What a process made by `os.fork()` must not share with its parent.

A client made before a fork (multiprocessing's default start method on Linux, gunicorn
`--preload`, a job runner that forks workers) is copied into the child with its pooled
sockets, its journal's SQLite connection and its locks. Used as they are, parent and
children read each other's answers on one socket, SQLite's file locks mean nothing
(https://sqlite.org/howtocorrupt.html#fork) and a lock held by another thread at the
fork is never released. So each object that holds such things registers here, and in the
child, before `fork()` returns, it drops them (unclosed: they are the parent's) and
starts afresh: new connections, a new journal connection, new locks.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Forkable(Protocol):
    def _after_fork(self) -> None: ...


_registered: weakref.WeakSet[Any] = weakref.WeakSet()
_renewed: dict[int, tuple[object, object]] = {}
"""The objects replaced since the last fork (id of the old one: the old, the new), so
that clients sharing one (a client and its `with_options` copies) share its successor."""
_kept: list[object] = []
"""The parent's connections, never used or closed in the child (closing a socket or a
SQLite connection is the parent's business)."""


def register(obj: Forkable) -> None:
    """Call `obj._after_fork()` in every child forked from now on, while `obj` lives."""
    _registered.add(obj)


def renewed(old: object, make: Callable[[], T]) -> T:
    """What replaces `old` in the child: made by the first to ask, once per fork."""
    found = _renewed.get(id(old))
    if found is not None and found[0] is old:
        return found[1]  # type: ignore[return-value]
    new = make()
    _renewed[id(old)] = (old, new)
    return new


def keep(obj: object) -> None:
    """Hold on to something of the parent's, so that the child never closes it."""
    if obj is not None:
        _kept.append(obj)


def _in_child() -> None:
    first: BaseException | None = None
    for obj in list(_registered):
        try:
            obj._after_fork()
        except Exception as exc:  # the others are renewed all the same
            first = first or exc
    _renewed.clear()  # (the old objects must not be kept alive by this table)
    if first is not None:
        raise first  # reported by the interpreter as an exception in a fork hook


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_in_child)

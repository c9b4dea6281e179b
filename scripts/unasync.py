"""The sync twins of the async handles, generated from them (the idea of httpcore's
`scripts/unasync.py`): `AsyncJob` gives `Job`, `AsyncCalls` gives `Calls`, and so on.

In each module listed in `MODULES`, the code between `# unasync: async source` and
`# unasync: end` is the source; the script writes its sync form between
`# unasync: generated sync twin (scripts/unasync.py; do not edit)` and
`# unasync: end of twin`. `--check` fails when a twin is not what its source gives, so a
change to one side alone cannot reach CI unnoticed.

    python scripts/unasync.py           # rewrite the twins
    python scripts/unasync.py --check   # exit 1 if any twin drifted
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlays" / "uniapi_fal"
MODULES = ["_job.py", "_calls.py", "_raw.py"]

SOURCE = "# unasync: async source"
END = "# unasync: end"
TWIN = "# unasync: generated sync twin (scripts/unasync.py; do not edit)"
TWIN_END = "# unasync: end of twin"

NAMES = {
    "AsyncJobRunner": "JobRunner",
    "AsyncRawRunner": "RawRunner",
    "AsyncRawCalls": "RawCalls",
    "AsyncCalls": "Calls",
    "AsyncJob": "Job",
    "AsyncClient": "Client",
    "AsyncEventStream": "EventStream",
    "open_async_stream": "open_stream",
    "AsyncRealtime": "Realtime",
}
WORDS = [
    (re.compile(r"\basync def\b"), "def"),
    (re.compile(r"\basync (with|for)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    *((re.compile(rf"\b{old}\b"), new) for old, new in NAMES.items()),
]


def _unwrap_awaitable(text: str) -> str:
    """`Awaitable[X]` becomes `X`, brackets inside X kept."""
    while (start := text.find("Awaitable[")) != -1:
        depth, end = 0, start + len("Awaitable")
        for end in range(start + len("Awaitable"), len(text)):
            depth += {"[": 1, "]": -1}.get(text[end], 0)
            if depth == 0:
                break
        inner = text[start + len("Awaitable[") : end]
        text = text[:start] + inner + text[end + 1 :]
    return text


def unasync(source: str) -> str:
    """The sync form of async code."""
    text = _unwrap_awaitable(source)
    for pattern, replacement in WORDS:
        text = pattern.sub(replacement, text)
    return text


def _between(text: str, start: str, end: str, path: Path) -> tuple[int, int]:
    """The span of the lines strictly between the marker lines."""
    try:
        begin = text.index(start + "\n") + len(start) + 1
        finish = text.index(end + "\n", begin)
    except ValueError:
        raise SystemExit(f"{path}: markers {start!r} .. {end!r} not found") from None
    return begin, finish


def rewritten(path: Path) -> str:
    """The module with its twin made from its source, formatted as `make lint` wants."""
    text = path.read_text(encoding="utf-8")
    begin, finish = _between(text, SOURCE, END, path)
    twin = unasync(text[begin:finish])
    twin_begin, twin_finish = _between(text, TWIN, TWIN_END, path)
    return _formatted(text[:twin_begin] + twin + text[twin_finish:], path)


def _formatted(text: str, path: Path) -> str:
    """`text` through the pinned ruff's formatter, with the project's settings (as if it
    were in the package, wherever `path` is)."""
    as_if = PACKAGE / path.name
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(as_if), "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{path}: ruff cannot format the generated twin:\n{done.stderr}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a twin drifted")
    args = parser.parse_args(argv)
    drifted = []
    for name in MODULES:
        path = PACKAGE / name
        new = rewritten(path)
        if new != path.read_text(encoding="utf-8"):
            drifted.append(path.relative_to(ROOT))
            if not args.check:
                path.write_text(new, encoding="utf-8")
    if args.check and drifted:
        print(
            "sync twins differ from their async source: "
            + ", ".join(map(str, drifted))
            + "; run `make unasync` (edit the async side only)",
            file=sys.stderr,
        )
        return 1
    print(("twins up to date" if args.check else "twins written") + f": {', '.join(MODULES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

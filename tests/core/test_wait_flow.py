"""The wait, scripted: the status stream where the server offers it, polling where it
does not or where the stream breaks off, and a cancel at every point of it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import attrs
import httpx
import pytest

from uniapi_fal import WaitTimeoutError
from uniapi_fal._core import collect
from uniapi_fal._core.deadline import Deadline

from .script import ENDPOINT, Answer, Script, ref, response, sse, status


def _stream(body: bytes = b"") -> httpx.Response:
    return response(200, content=body, headers={"content-type": "text/event-stream"})


@pytest.fixture
def script(tmp_path: Path) -> Script:
    return Script(tmp_path)


def _wait(script: Script, timeout: float | None = None) -> object:
    deadline = Deadline.after(timeout, script.clock)
    return collect.wait_for(script.ctx, ref(), deadline, on_update=None, stream=None)


def test_the_stream_is_read_to_completed(script: Script) -> None:
    replies = [_stream(), sse("IN_QUEUE", "IN_PROGRESS"), sse("COMPLETED")]
    final = script.run(_wait(script), replies)
    assert final.state == "COMPLETED"
    assert [k for k in script.kinds() if not k.startswith("Local")] == [
        "OpenStream",
        "NextChunk",
        "NextChunk",
        "CloseStream",
    ]


def test_a_server_without_a_stream_is_polled_and_remembered(script: Script) -> None:
    no_stream = response(405, {"detail": "Method Not Allowed"})
    final = script.run(_wait(script), [no_stream, status("COMPLETED")])
    assert final.state == "COMPLETED"
    assert [k for k in script.kinds() if not k.startswith("Local")] == [
        "OpenStream",
        "CloseStream",
        "Sleep",
        "Send",
    ]
    assert not script.ctx.learned.stream_offered
    script.effects.clear()
    script.run(_wait(script), [status("COMPLETED")])
    assert "OpenStream" not in script.kinds()  # the next wait polls at once


@pytest.mark.parametrize(
    "breaks_off",
    [httpx.ReadError("reset"), b"", response(404, {"detail": "Not Found"})],
    ids=["reset", "ends", "404"],
)
def test_a_stream_that_breaks_off_falls_back_to_polling(script: Script, breaks_off: object) -> None:
    replies: list[object] = [_stream(), sse("IN_PROGRESS"), breaks_off]
    if isinstance(breaks_off, httpx.Response):
        replies = [breaks_off]
    final = script.run(_wait(script), [*replies, status("IN_PROGRESS"), status("COMPLETED")])
    assert final.state == "COMPLETED"
    assert script.kinds().count("CloseStream") == 1
    assert script.ctx.learned.stream_offered  # a hiccup does not turn streams off
    # a 404 turns them off for the endpoint alone, once: its next waits poll at once
    assert (script.ctx.learned.no_stream == {ENDPOINT}) is isinstance(breaks_off, httpx.Response)


def test_a_404_from_one_endpoints_stream_is_learned_for_that_endpoint(script: Script) -> None:
    script.run(_wait(script), [response(404, {"detail": "Not Found"}), status("COMPLETED")])
    script.effects.clear()
    script.run(_wait(script), [status("COMPLETED")])
    assert "OpenStream" not in script.kinds()  # the same endpoint polls at once
    other = attrs.evolve(ref(), endpoint="fal-ai/flux/schnell")
    deadline = Deadline.after(None, script.clock)
    flow = collect.wait_for(script.ctx, other, deadline, on_update=None, stream=None)
    script.effects.clear()
    script.run(flow, [_stream(), sse("COMPLETED")])
    assert script.kinds()[0] == "OpenStream"  # another endpoint still tries its stream


def test_the_deadline_holds_on_the_stream_and_while_polling(script: Script) -> None:
    """Every chunk is bounded by the call's deadline; a stream cut by it ends the wait in
    WaitTimeoutError; polls are never planned past it."""
    start = script.clock.now

    def late(_: object) -> httpx.ReadTimeout:
        script.clock.now = start + 2.0
        return httpx.ReadTimeout("the deadline passed")

    with pytest.raises(WaitTimeoutError, match="within 2 s"):
        script.run(_wait(script, timeout=2.0), [_stream(), sse("IN_QUEUE"), Answer(late)])
    opened, chunks = (
        script.effects[0],
        [e for e in script.effects if type(e).__name__ == "NextChunk"],
    )
    assert opened.deadline == start + 2.0 and opened.request["timeout"].read <= 2.0
    assert all(chunk.deadline == start + 2.0 for chunk in chunks)

    polling = Script(script.tmp / "polling", stream=False)
    polling.tmp.mkdir()
    with pytest.raises(WaitTimeoutError):
        polling.run(_wait(polling, timeout=2.0), [], then=status("IN_PROGRESS"))
    assert sum(polling.sleeps()) == pytest.approx(2.0)
    assert all(sent.deadline == start + 2.0 for _, sent in polling.sent())


def _full_wait() -> list[object]:
    return [
        _stream(),
        sse("IN_QUEUE"),
        httpx.ReadError("reset"),
        status("IN_PROGRESS"),
        status("COMPLETED"),
    ]


POINTS = 5
"""Where `_full_wait` waits on the server: the stream's opening, two chunks, two polls."""


def test_the_full_wait_has_its_points(tmp_path: Path) -> None:
    script = Script(tmp_path)
    script.run(_wait(script), _full_wait())
    kinds = [k for k in script.kinds() if k in ("OpenStream", "NextChunk", "Send")]
    assert kinds == ["OpenStream", "NextChunk", "NextChunk", "Send", "Send"]


@pytest.mark.parametrize("point", range(POINTS))
def test_a_cancel_at_any_point_ends_the_wait_and_frees_its_stream_place(
    tmp_path: Path, point: int
) -> None:
    """A cancel thrown in at the n-th request or chunk: the flow ends with it, asks for
    nothing more, and the endpoint's stream places are all free again."""
    script = Script(tmp_path)
    replies = _full_wait()
    replies.insert(point, asyncio.CancelledError())
    with pytest.raises(asyncio.CancelledError):
        script.run(_wait(script), replies[: point + 1])
    assert not script.kinds()[-1].startswith("Local")  # nothing asked after the cancel
    assert all(script.ctx.pace.take_stream(ENDPOINT) for _ in range(4))

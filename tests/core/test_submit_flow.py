"""The submit flow, scripted: the journal's order around the one request, what is
retried, and what an interruption leaves behind before and after the bytes leave."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from uniapi_fal import APIConnectionError, APITimeoutError, InputValidationError, ServerError
from uniapi_fal._core.deadline import Deadline
from uniapi_fal._core.effects import Effect, Leaving, Send
from uniapi_fal._core.submit import submit
from uniapi_fal._journal import UNKNOWN
from uniapi_fal._status import IN_QUEUE

from .script import ENDPOINT, REQUEST_ID, Answer, Script, response, submitted

ARGS = {"prompt": "a lighthouse"}


@pytest.fixture
def script(tmp_path: Path) -> Script:
    return Script(tmp_path)


def _submit(script: Script, leaving: Leaving, timeout: float | None = None) -> object:
    deadline = Deadline.after(timeout, script.clock)
    return submit(script.ctx, ENDPOINT, ARGS, {}, deadline, None, None, leaving)


def _leaves_then(outcome: object) -> Answer:
    """The request's bytes leave, then `outcome`: an error (a reset, a cancel, a Ctrl-C)
    thrown in, or an answer."""

    def reply(effect: Effect) -> object:
        assert isinstance(effect, Send) and effect.leaving is not None
        effect.leaving.start()
        return outcome

    return Answer(reply)


def test_the_row_is_written_before_the_request_and_the_answer_after(script: Script) -> None:
    leaving = Leaving()
    ref = script.run(_submit(script, leaving), [submitted()])
    assert script.kinds() == ["Local:begin", "Send", "Local:submitted"]
    assert ref.request_id == REQUEST_ID and ref.status_url.endswith("/status")
    ((_, sent),) = script.sent()
    assert sent.leaving is leaving and sent.request["method"] == "POST"
    assert sent.request["url"] == f"https://gateway.test/{ENDPOINT}"
    assert sent.request["content"] == b'{"prompt":"a lighthouse"}'
    (row,) = script.ctx.journal.entries()
    assert (row.request_id, row.state) == (REQUEST_ID, IN_QUEUE)


def test_bad_input_yields_nothing(script: Script) -> None:
    flow = submit(script.ctx, ENDPOINT, {"prompt": 7}, {}, Deadline.after(None), None, None, None)
    with pytest.raises(InputValidationError, match="prompt"):
        script.run(flow, [])
    assert script.effects == [] and script.ctx.journal.entries() == []


def test_a_connection_refused_before_any_byte_left_is_retried(script: Script) -> None:
    ref = script.run(_submit(script, Leaving()), [httpx.ConnectError("refused"), submitted()])
    assert script.kinds() == ["Local:begin", "Send", "Sleep", "Send", "Local:submitted"]
    assert ref.request_id == REQUEST_ID


@pytest.mark.parametrize(
    "failure",
    [_leaves_then(httpx.ReadError("reset")), response(503, {"detail": "busy"})],
    ids=["reset-after-sending", "503"],
)
def test_a_submit_that_may_have_been_queued_is_never_resent(
    script: Script, failure: object
) -> None:
    with pytest.raises((APIConnectionError, ServerError)) as caught:
        script.run(_submit(script, Leaving()), [failure])
    assert caught.value.maybe_queued
    assert script.kinds() == ["Local:begin", "Send", "Local:abandon"]
    (row,) = script.ctx.journal.entries()
    assert row.state == UNKNOWN and row.request_id is None


@pytest.mark.parametrize("interrupt", [asyncio.CancelledError, KeyboardInterrupt])
def test_interrupted_before_its_bytes_left_leaves_no_row(
    script: Script, interrupt: type[BaseException]
) -> None:
    with pytest.raises(interrupt):
        script.run(_submit(script, Leaving()), [interrupt()])
    assert script.kinds() == ["Local:begin", "Send", "Local:abandon"]
    assert script.ctx.journal.entries() == []


@pytest.mark.parametrize("interrupt", [asyncio.CancelledError, KeyboardInterrupt])
def test_interrupted_after_its_bytes_left_is_marked_maybe_queued(
    script: Script, interrupt: type[BaseException]
) -> None:
    with pytest.raises(interrupt):
        script.run(_submit(script, Leaving()), [_leaves_then(interrupt())])
    (row,) = script.ctx.journal.entries()
    assert row.state == UNKNOWN and "while the submit was sent" in (row.error or "")


def test_the_calls_deadline_cuts_the_submit_and_says_whether_it_left(script: Script) -> None:
    """A submit timed out by the call's deadline: sent, it may be queued; unsent, not."""
    script.send_takes = 2.0
    with pytest.raises(APITimeoutError) as caught:
        script.run(_submit(script, Leaving(), timeout=1.0), [httpx.PoolTimeout("no connection")])
    assert not caught.value.maybe_queued and "Nothing was sent" in str(caught.value)
    assert script.ctx.journal.entries() == []
    ((_, sent),) = script.sent()
    assert sent.request["timeout"].pool <= 1.0 and sent.deadline == 1001.0

    again = Script(script.tmp / "again")
    again.tmp.mkdir()
    again.send_takes = 2.0
    with pytest.raises(APITimeoutError) as caught:
        again.run(_submit(again, Leaving(), timeout=1.0), [_leaves_then(httpx.ReadTimeout("late"))])
    assert caught.value.maybe_queued
    (row,) = again.ctx.journal.entries()
    assert row.state == UNKNOWN


def test_an_input_model_is_converted_once(script: Script, monkeypatch: pytest.MonkeyPatch) -> None:
    """The model becomes JSON once (`to_dict`), checked and sent as that JSON."""
    from uniapi_fal.models import FluxDevInput

    calls = []
    original = FluxDevInput.to_dict

    def counted(self: FluxDevInput) -> dict[str, object]:
        calls.append(self)
        return original(self)

    monkeypatch.setattr(FluxDevInput, "to_dict", counted)
    flow = submit(
        script.ctx, FluxDevInput(prompt="a lighthouse"), None, {}, Deadline.after(None), None, None
    )
    script.run(flow, [submitted()])
    assert len(calls) == 1
    ((_, sent),) = script.sent()
    assert sent.request["content"] == b'{"prompt":"a lighthouse"}'


def test_a_submit_refused_with_429_is_resent_after_retry_after(script: Script) -> None:
    """A 429 queued nothing: the submit goes again once `Retry-After` has passed, and an
    interruption before the resend leaves no row (nothing was queued)."""
    refused = response(429, {"detail": "Rate limit exceeded"}, headers={"retry-after": "0.2"})
    ref = script.run(_submit(script, Leaving()), [refused, submitted()])
    assert script.kinds() == ["Local:begin", "Send", "Sleep", "Send", "Local:submitted"]
    assert script.sleeps() == [0.2] and ref.request_id == REQUEST_ID

    again = Script(script.tmp / "again")
    again.tmp.mkdir()
    leaving = Leaving()
    with pytest.raises(asyncio.CancelledError):
        again.run(_submit(again, leaving), [_leaves_then(refused), asyncio.CancelledError()])
    assert again.ctx.journal.entries() == []

"""`uniapi_fal._limits`: capped bodies, bounded JSON and the bounded SSE decoder.

The SSE decoder is checked against a plain reference reading of the WHATWG algorithm
(whole stream decoded at once), on streams split in every way hypothesis finds. Time
bounds are ratios (4x the input must cost about 4x, not 16x) so a busy machine cannot
make them flaky.
"""

from __future__ import annotations

import json
import re
import time
import tracemalloc
from collections.abc import Callable, Iterable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uniapi_fal._bodies import (
    DEFAULT_MAX_RESPONSE_BYTES,
    CappedBody,
    LimitExceeded,
    declared_too_large,
)
from uniapi_fal._jsonread import MAX_JSON_DEPTH, JSONError, json_depth, parse_json
from uniapi_fal._sse import MAX_SSE_LINE_BYTES, SSEDecoder, SSEEvent


def test_the_documented_limits() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 8 * 1024 * 1024
    assert MAX_SSE_LINE_BYTES == 1024 * 1024
    assert MAX_JSON_DEPTH == 100


# ------------------------------------------------------------------------- bodies


def test_a_capped_body_keeps_up_to_its_limit() -> None:
    body = CappedBody(10)
    body.feed(b"hello")
    body.feed(b"")
    body.feed(b"world")
    assert body.value() == b"helloworld" and body.size == 10
    with pytest.raises(LimitExceeded) as info:
        body.feed(b"!")
    assert (info.value.limit, info.value.what) == (10, "body")
    assert "larger than 10 bytes" in str(info.value)
    assert body.value() == b"helloworld"  # the refused chunk was not kept


def test_a_capped_body_refuses_a_negative_limit() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        CappedBody(-1)


@given(st.lists(st.binary(max_size=50), max_size=30), st.integers(min_value=0, max_value=400))
def test_a_capped_body_fails_at_the_first_chunk_past_the_limit(
    chunks: list[bytes], limit: int
) -> None:
    body = CappedBody(limit)
    fed = b""
    for chunk in chunks:
        if len(fed) + len(chunk) > limit:
            with pytest.raises(LimitExceeded):
                body.feed(chunk)
            assert body.value() == fed and body.size <= limit
            return
        body.feed(chunk)
        fed += chunk
    assert body.value() == fed == b"".join(chunks)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, False),
        ({"content-length": "100"}, False),
        ({"content-length": "101"}, True),
        ({"content-length": "101", "content-encoding": "identity"}, True),
        ({"content-length": "101", "content-encoding": "gzip"}, False),  # size unknown
        ({"content-length": "100, 100"}, False),
        ({"content-length": "100, 5000"}, True),
        ({"content-length": "00000000000000000000000050"}, False),
        ({"content-length": "9" * 5000}, True),  # no int() of 5,000 digits
        ({"content-length": "-5"}, False),  # malformed: httpx's to refuse
        ({"content-length": "lots"}, False),
        ({"content-length": "١٠١".encode()}, False),  # Arabic-Indic digits are not a length
    ],
)
def test_declared_too_large(headers: dict[str, str | bytes], expected: bool) -> None:
    assert declared_too_large(httpx.Headers(headers), 100) is expected


# --------------------------------------------------------------------------- JSON


def nested(depth: int, kind: str = "[") -> bytes:
    if kind == "[":
        return b"[" * depth + b"]" * depth
    return b'{"a":' * (depth - 1) + b"{}" + b"}" * (depth - 1)


@pytest.mark.parametrize("kind", ["[", "{"])
def test_json_as_deep_as_the_limit_parses_and_one_deeper_is_refused(kind: str) -> None:
    value = parse_json(nested(MAX_JSON_DEPTH, kind))
    assert json_depth(value) == MAX_JSON_DEPTH
    with pytest.raises(JSONError, match="nested deeper than 100 levels"):
        parse_json(nested(MAX_JSON_DEPTH + 1, kind))
    with pytest.raises(JSONError, match="nested deeper"):
        parse_json(b'{"x": [1, 2, ' + nested(MAX_JSON_DEPTH, kind) + b"]}")


@pytest.mark.parametrize("depth", [500, 5_000, 100_000])
def test_very_deep_json_is_a_json_error_never_a_recursion_error(depth: int) -> None:
    started = time.perf_counter()
    for kind in "[{":
        with pytest.raises(JSONError, match="nested deeper"):
            parse_json(nested(depth, kind))
    assert time.perf_counter() - started < 2.0


def test_json_depth_counts_levels() -> None:
    assert json_depth(1) == json_depth("[[[") == 0
    assert json_depth([]) == json_depth({}) == 1
    assert json_depth([1, {"a": [[]]}, []]) == 4
    assert json_depth({"a": [{"b": {}}]}) == 4
    deep: Any = []
    for _ in range(10_000):
        deep = [deep]
    assert json_depth(deep) == MAX_JSON_DEPTH + 1  # it stops counting there
    assert json_depth(deep, stop_after=20_000) == 10_001


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"NaN", "NaN is not a JSON number"),
        (b'{"x": [1, Infinity]}', "Infinity is not a JSON number"),
        (b"-Infinity", "-Infinity is not a JSON number"),
        (b"[1e999]", "too large for a float"),
        (b"-1.5e400", "too large for a float"),
        (b"1" * 5000, "integer with too many digits"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'"\xed\xa0\x80"', "not UTF-8"),  # a surrogate encoded in UTF-8
        (b"", "not JSON"),
        (b"{} {}", "not JSON"),
        (b"<html>oops</html>", "not JSON"),
        (b"{'a': 1}", "not JSON"),
        (b'"a\x00b"', "not JSON"),  # raw control characters are not allowed in strings
    ],
)
def test_what_parse_json_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(JSONError, match=re.escape(reason)) as info:
        parse_json(data)
    assert info.value.reason == str(info.value)
    assert isinstance(info.value, ValueError)


def test_parse_json_accepts_a_bom_and_whitespace() -> None:
    assert parse_json(b'\xef\xbb\xbf {"a": [1, 2.5, true, null, "\\u00e9"]}\n') == {
        "a": [1, 2.5, True, None, "é"]
    }
    assert parse_json(bytearray(b"[]")) == []
    assert parse_json(memoryview(b"1")) == 1


def test_a_json_error_does_not_repeat_the_body() -> None:
    with pytest.raises(JSONError) as info:
        parse_json(b'{"secret": "sk-live-0123456789" oops')
    assert "sk-live" not in str(info.value)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=30,
)


@given(json_values, st.booleans())
def test_parse_json_reads_what_json_writes(value: Any, ascii_only: bool) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    if not ascii_only and re.search("[\ud800-\udfff]", json.dumps(value, ensure_ascii=False)):
        with pytest.raises(JSONError, match="not UTF-8"):
            parse_json(data)
        return
    assert parse_json(data) == json.loads(data)


@given(
    st.binary(max_size=200) | st.text(alphabet='[]{}":,0123456789.eE-+ntrufalsNI\\').map(str.encode)
)
def test_parse_json_raises_nothing_but_json_error(data: bytes) -> None:
    try:
        value = parse_json(data)
    except JSONError:
        return
    assert json_depth(value) <= MAX_JSON_DEPTH
    assert value == json.loads(data.decode("utf-8").removeprefix("\ufeff"))


def _best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def test_parse_json_costs_little_more_than_json_loads() -> None:
    items = [
        {"url": f"https://cdn/x/{i}.png", "w": i, "h": 1.5, "tags": ["a", "b"]}
        for i in range(25_000)
    ]
    body = json.dumps({"images": items}).encode()
    assert 1_500_000 < len(body) < DEFAULT_MAX_RESPONSE_BYTES
    ours = _best_of(3, lambda: parse_json(body))
    plain = _best_of(3, lambda: json.loads(body))
    assert ours < 3 * plain + 0.05


# ---------------------------------------------------------------------------- SSE


def reference_events(stream: bytes) -> list[SSEEvent]:
    """The WHATWG event-stream algorithm read literally: decode everything, split lines."""
    text = stream.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    pieces = re.split("\r\n|\r|\n", text)
    lines = pieces[:-1]  # the last piece has no line end yet: not processed
    events: list[SSEEvent] = []
    event_type, data, last_id, retry = "", "", None, None
    for line in lines:
        if line == "":
            if data:
                events.append(SSEEvent(event_type or "message", data[:-1], last_id, retry))
            event_type, data, retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "event":
            event_type = value
        elif name == "data":
            data += value + "\n"
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value and all(c in "0123456789" for c in value):
            retry = int(value) if len(value) <= 15 else retry
    return events


def feed_all(chunks: Iterable[bytes], decoder: SSEDecoder | None = None) -> list[SSEEvent]:
    decoder = decoder or SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


sse_lines = st.one_of(
    st.sampled_from(
        [
            "",
            "",
            ":keep-alive",
            "data",
            "data:",
            "data: ",
            "event: update",
            "id: 7",
            "id",
            "retry: 1500",
            "retry: 1.5",
            "retry: x",
            "foo: bar",
            " data: x",
            "data:  two spaces",
            "id: a\0b",
            "event",
            "DATA: upper",
        ]
    ),
    st.builds("data: {}".format, st.text(max_size=20)),
    st.builds("data:{}".format, st.text(alphabet="ab:\u00e9\U0001f600", max_size=8)),
    st.builds("event:{}".format, st.text(alphabet="abc ", max_size=5)),
    st.builds("id:{}".format, st.text(alphabet="12 ", max_size=3)),
)
sse_streams = st.builds(
    lambda lines, ends, bom, tail: (
        (b"\xef\xbb\xbf" if bom else b"")
        + b"".join(
            line.encode("utf-8", "surrogatepass") + end
            for line, end in zip(lines, ends * (len(lines) // max(len(ends), 1) + 1), strict=False)
        )
        + tail
    ),
    st.lists(sse_lines, max_size=25),
    st.lists(st.sampled_from([b"\n", b"\r\n", b"\r"]), min_size=1, max_size=5),
    st.booleans(),
    st.sampled_from([b"", b"data: unterminated", b"data: x\n", b"\r"]),
)


@settings(max_examples=300)
@given(sse_streams, st.lists(st.integers(min_value=0), max_size=12))
def test_any_split_of_a_stream_yields_the_spec_events(stream: bytes, cuts: list[int]) -> None:
    whole = feed_all([stream])
    assert whole == reference_events(stream)
    assert feed_all(split_at(stream, cuts)) == whole


@settings(max_examples=200)
@given(st.binary(max_size=120) | st.text(alphabet="da:t\r\n \xff").map(str.encode))
def test_arbitrary_bytes_fed_one_at_a_time_match_the_reference(stream: bytes) -> None:
    one_by_one = feed_all(stream[i : i + 1] for i in range(len(stream)))
    assert one_by_one == feed_all([stream]) == reference_events(stream)


def test_fals_status_stream_with_keep_alives() -> None:
    stream = (
        b": ping\r\n\r\n"
        b'data: {"status": "IN_QUEUE", "queue_position": 2}\r\n\r\n'
        b": ping\r\n\r\n"
        b'event: update\r\ndata: {"status":\r\ndata: "COMPLETED"}\r\nid: 3\r\nretry: 2000\r\n\r\n'
    )
    decoder = SSEDecoder()
    events = feed_all([stream[:7], stream[7:60], stream[60:]], decoder)
    assert events == [
        SSEEvent("message", '{"status": "IN_QUEUE", "queue_position": 2}'),
        SSEEvent("update", '{"status":\n"COMPLETED"}', id="3", retry=2000),
    ]
    assert decoder.last_event_id == "3" and decoder.retry == 2000


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (b"data\n\n", [SSEEvent(data="")]),  # a field name alone: empty value
        (b"data:\n\n", [SSEEvent(data="")]),
        (b"data\ndata\n\n", [SSEEvent(data="\n")]),
        (b"data:  x\n\n", [SSEEvent(data=" x")]),  # one space removed, not two
        (b"event: a\n\n", []),  # no data, no event; the type does not carry over
        (b"event: a\n\ndata: b\n\n", [SSEEvent(data="b")]),
        (b"id: 1\n\ndata: b\n\n", [SSEEvent(data="b", id="1")]),  # the id carries over
        (
            b"id: 1\ndata: a\n\nid\ndata: b\n\n",
            [SSEEvent(data="a", id="1"), SSEEvent(data="b", id="")],
        ),
        (b"id: a\x00b\ndata: c\n\n", [SSEEvent(data="c")]),
        (b"retry: 10x\ndata: c\n\n", [SSEEvent(data="c")]),
        (b"retry: " + b"9" * 5000 + b"\ndata: c\n\n", [SSEEvent(data="c")]),
        (b"data: a\n\ndata: b\n\n", [SSEEvent(data="a"), SSEEvent(data="b")]),
        (b"data: no blank line at the end\n", []),
        (b"\xef\xbb\xbfdata: bom\n\n", [SSEEvent(data="bom")]),
        (b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\n", []),  # only one BOM is removed
        (b"data: \xff\xfe\n\n", [SSEEvent(data="\ufffd\ufffd")]),
        (b"data: a\rdata: b\r\r", [SSEEvent(data="a\nb")]),
        (b"data: a\r\n\r\n", [SSEEvent(data="a")]),
        (b"data: a\n\r\n", [SSEEvent(data="a")]),
    ],
)
def test_spec_cases(stream: bytes, expected: list[SSEEvent]) -> None:
    assert feed_all([stream]) == expected == reference_events(stream)
    assert feed_all(stream[i : i + 1] for i in range(len(stream))) == expected


def test_a_crlf_split_between_chunks_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"") == []  # an empty chunk changes nothing
    assert decoder.feed(b"\n") == []  # the LF of the CRLF, not a blank line
    assert decoder.feed(b"\r") == [SSEEvent(data="a")]


def test_the_event_is_a_small_frozen_value() -> None:
    event = SSEEvent(data="x")
    assert (event.event, event.data, event.id, event.retry) == ("message", "x", None, None)
    with pytest.raises(AttributeError):
        event.data = "y"  # type: ignore[misc]


def test_the_decoder_refuses_limits_below_one_byte() -> None:
    with pytest.raises(ValueError, match="at least 1 byte"):
        SSEDecoder(max_line=0)


# ------------------------------------------------------------------ SSE limits


@pytest.mark.parametrize("chunk_size", [1, 7, 64 * 1024])
def test_an_endless_line_fails_as_soon_as_it_passes_the_limit(chunk_size: int) -> None:
    limit = 64 * 1024
    decoder = SSEDecoder(max_line=limit)
    fed = 0
    chunk = b"x" * chunk_size
    with pytest.raises(LimitExceeded) as info:
        for _ in range(2 * limit):
            decoder.feed(chunk)
            fed += chunk_size
    assert (info.value.what, info.value.limit) == ("stream line", limit)
    assert limit - chunk_size < fed <= limit  # the chunk that passed it was refused


def test_an_endless_line_holds_no_more_than_the_limit() -> None:
    limit = MAX_SSE_LINE_BYTES
    decoder = SSEDecoder()
    chunk = b"data: " + b"x" * (64 * 1024 - 6)
    filler = b"x" * (64 * 1024)
    tracemalloc.start()
    try:
        decoder.feed(chunk)
        with pytest.raises(LimitExceeded, match="stream line larger than 1048576"):
            for _ in range(10 * limit // len(filler)):
                decoder.feed(filler)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit + 512 * 1024


def test_a_line_of_exactly_the_limit_is_kept() -> None:
    decoder = SSEDecoder(max_line=16)
    line = b"data: " + b"y" * 10
    assert len(line) == 16
    assert feed_all([line[:5], line[5:], b"\n\n"], decoder) == [SSEEvent(data="y" * 10)]
    with pytest.raises(LimitExceeded, match="stream line"):
        SSEDecoder(max_line=16).feed(line + b"z\n")  # a complete line, one chunk
    with pytest.raises(LimitExceeded, match="stream line"):
        feed_all([line, b"z\n"], SSEDecoder(max_line=16))  # completed by the next chunk


def test_one_huge_chunk_with_an_unterminated_line_is_refused() -> None:
    decoder = SSEDecoder(max_line=1024)
    with pytest.raises(LimitExceeded, match="stream line"):
        decoder.feed(b"data: ok\n\n" + b"z" * 10_000)


def test_an_event_whose_data_passes_the_limit_is_refused() -> None:
    decoder = SSEDecoder(max_line=100, max_event=1000)
    decoder.feed(b"data: " + b"a" * 90 + b"\n")  # 90 bytes
    for _ in range(9):  # +9 * (1 newline + 90)
        decoder.feed(b"data: " + b"a" * 90 + b"\n")
    assert decoder.feed(b"\n") == [SSEEvent(data="\n".join(["a" * 90] * 10))]  # 909 bytes
    for _ in range(11):  # 11 * 90 + 10 newlines: exactly the limit
        decoder.feed(b"data: " + b"a" * 90 + b"\n")
    with pytest.raises(LimitExceeded) as info:
        decoder.feed(b"data: " + b"a" * 90 + b"\n")
    assert (info.value.what, info.value.limit) == ("stream event", 1000)


def test_many_events_of_the_limit_size_are_fine() -> None:
    decoder = SSEDecoder(max_line=100, max_event=100)
    events = feed_all([b"data: " + b"b" * 94 + b"\n\n"] * 50, decoder)
    assert len(events) == 50 and {len(e.data) for e in events} == {94}


def _feed_time(stream: bytes, chunk: int) -> float:
    def run() -> None:
        decoder = SSEDecoder(max_line=len(stream) + 1, max_event=len(stream) + 1)
        for i in range(0, len(stream), chunk):
            decoder.feed(stream[i : i + chunk])

    return _best_of(3, run)


@pytest.mark.parametrize(
    ("make", "chunk"),
    [
        (lambda n: b"".join(b"data: %d\n\n" % i for i in range(n // 10)), 3),  # many events
        (lambda n: b"data: " + b"x" * n + b"\n\n", 1024),  # one long line, many chunks
        (lambda n: b"data: x\n" * (n // 8) + b"\n", 1 << 30),  # one event of many lines
        (lambda n: b"\r" * n, 1 << 30),  # blank lines only, one chunk
    ],
)
def test_decoding_is_linear(make: Callable[[int], bytes], chunk: int) -> None:
    small, large = make(50_000), make(400_000)
    ratio = _feed_time(large, chunk) / max(_feed_time(small, chunk), 1e-6)
    assert ratio < 24  # linear is 8 (noise on a loaded machine doubles it); quadratic is 64

"""The bench's own tools: per-round ratios and their noise verdict (pure functions), and
the plain queue server `bench/_plain_queue.py` (a process on 127.0.0.1)."""

from __future__ import annotations

import time

import httpx
import pytest

from bench._plain_queue import PlainQueue
from bench._report import Row, round_difference_text, round_ratio_text
from bench._stats import NOISY, Spread, Summary, per_round, quartiles, rotated, verdict


def test_rounds_rotate_the_order() -> None:
    clients = ["A", "B", "C"]
    orders = ["".join(rotated(clients, r)) for r in range(4)]
    assert orders == ["ABC", "BCA", "CAB", "ABC"]
    assert rotated([], 3) == []


def test_per_round_ratios_and_differences() -> None:
    assert per_round([2.0, 3.0], [1.0, 2.0]) == [2.0, 1.5]
    assert per_round([300.0, 250.0], [240.0, 260.0], difference=True) == [60.0, -10.0]
    with pytest.raises(ValueError):
        per_round([1.0], [1.0, 2.0])


def test_quartiles_interpolate() -> None:
    assert quartiles([1.0, 2.0, 3.0, 4.0, 5.0]) == (2.0, 3.0, 4.0)
    assert quartiles([1.0, 2.0]) == (1.25, 1.5, 1.75)


def test_verdict_met_missed_and_too_noisy() -> None:
    met = Spread.of([0.90, 0.92, 0.95, 0.97, 0.99])
    missed = Spread.of([1.05, 1.08, 1.10, 1.12, 1.20])
    straddling = Spread.of([0.90, 0.97, 1.01, 1.04, 1.10])
    assert verdict(met, 1.0) is True
    assert verdict(missed, 1.0) is False
    assert verdict(straddling, 1.0) == NOISY
    # a target outside the quartiles is judged, even when min-max holds it
    wide_tails = Spread.of([0.5, 0.95, 0.96, 0.97, 1.5])
    assert verdict(wide_tails, 1.0) is True
    # no spread at all (one round, or identical rounds) is never noisy
    assert verdict(Spread.of([1.0]), 1.0) is True
    assert verdict(Spread.of([8.0, 8.0, 8.0]), 8.0) is True
    assert verdict(Summary.of([4.0, 6.0]), 5.0) is True
    assert verdict(5.1, 5.0) is False


def test_noisy_rows_read_too_noisy() -> None:
    spread = Spread.of([0.9, 1.0, 1.1, 1.2])
    ratio = round_ratio_text(spread, "fal-client")
    assert ratio == "1.05× fal-client (IQR 0.97…1.12)"
    row = Row("import", "wall", {}, ratio, "≤ fal-client", verdict(spread, 1.0))
    assert row.cells()[-1] == "too noisy"
    assert Row("s", "m", {}, "", "t", False).cells()[-1] == "**NO**"
    assert round_difference_text(Spread.of([80.0, 90.0, 100.0])) == "+90 ms (IQR +85…+95)"


def test_plain_queue_serves_fal_queue_protocol() -> None:
    headers = {"Authorization": "Key sk-test-0123456789abcdef"}
    with (
        PlainQueue(queue_seconds=0.1, run_seconds=0.2) as queue,
        httpx.Client(base_url=queue.base_url, headers=headers, timeout=10) as http,
    ):
        assert queue.base_url.startswith("http://127.0.0.1:")
        submitted = []
        for index in range(2):
            response = http.post("/fal-ai/flux/dev", json={"prompt": f"take {index}"})
            assert response.status_code == 200
            body = response.json()
            assert set(body) == {
                "request_id",
                "status_url",
                "response_url",
                "cancel_url",
                "queue_position",
            }
            rid = body["request_id"]
            assert body["status_url"] == f"{queue.base_url}/fal-ai/flux/requests/{rid}/status"
            assert body["response_url"] == f"{queue.base_url}/fal-ai/flux/requests/{rid}"
            assert body["cancel_url"] == f"{queue.base_url}/fal-ai/flux/requests/{rid}/cancel"
            submitted.append(body)
        assert [body["queue_position"] for body in submitted] == [0, 1]

        first = http.get(submitted[0]["status_url"], params={"logs": "0"})
        assert first.status_code == 202
        assert first.json()["status"] == "IN_QUEUE"
        assert http.get(submitted[0]["response_url"]).status_code == 400
        assert http.get(submitted[0]["status_url"] + "/stream").status_code in (404, 405)

        seen: set[str] = set()
        deadline = time.monotonic() + 5
        for body in submitted:
            while True:
                status = http.get(body["status_url"], params={"logs": "0"})
                seen.add(status.json()["status"])
                if status.json()["status"] == "COMPLETED":
                    assert status.status_code == 200
                    break
                assert time.monotonic() < deadline
                time.sleep(0.02)
            result = http.get(body["response_url"])
            assert result.status_code == 200
            output = result.json()
            assert output["images"][0]["width"] == 1024
            assert output["prompt"].startswith("take ")
        assert {"IN_QUEUE", "IN_PROGRESS", "COMPLETED"} <= seen

        cancel = http.put(submitted[0]["cancel_url"])
        assert cancel.status_code == 400
        assert http.get("/fal-ai/flux/requests/nope/status").status_code == 404
        assert httpx.post(queue.base_url + "/fal-ai/flux/dev", json={}).status_code == 401

        counts = http.get("/_stats").json()["requests_by_kind"]
        statuses = counts["status"]
        assert counts["submit"] == 3  # the unauthorised one is counted too
        assert counts["result"] == 3
        assert counts["stream"] == 1
        assert counts["cancel"] == 1
        assert statuses >= 4
        assert http.get("/_stats").json()["requests_by_kind"]["status"] == statuses

"""`make import-fal FROM=fal` / `FROM=<URL>` and `make check-fal-drift FROM=<URL>`: fal's
model API (cursor pages) and one per-endpoint document, from local stand-ins of fal's
servers: paging, narrowing, the key's scope, retries, caps, and what fal stopped listing."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from ._doc_server import Answer, Seen, doc_server, fal_document
from .conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import check_fal_drift  # noqa: E402
import fal_remote  # noqa: E402
import import_fal  # noqa: E402
import spec_bundle  # noqa: E402

FAL_KEY = "fal-key-id-0000:fal-secret-for-the-tests-only"
UNIAPI_KEY = "uniapi-key-for-the-tests-only-0000"


def document(endpoint: str, category: str = "text-to-image", maximum: int = 4) -> dict[str, Any]:
    properties = {
        "prompt": {"type": "string", "maxLength": 100},
        "num_images": {"type": "integer", "minimum": 1, "maximum": maximum},
    }
    return fal_document(endpoint, properties, category=category)


ENDPOINTS = [f"acme/model-{i:02d}" for i in range(7)]


def model_api(endpoints: list[str], page_size: int = 3) -> Any:
    """A stand-in of fal's model API: cursor pages, `endpoint_id` and `category` filters."""

    def answer(request: Seen) -> Answer:
        wanted = request.param("endpoint_id")
        category = request.param("category")
        chosen = [e for e in endpoints if not wanted or e in wanted]
        chosen = [e for e in chosen if not category or category[0] == "text-to-image"]
        start = int(request.param("cursor")[0]) if request.param("cursor") else 0
        page = chosen[start : start + page_size]
        more = start + page_size < len(chosen)
        expand = request.param("expand") == ["openapi-3.0"]
        return Answer.json(
            {
                "models": [
                    {
                        "endpoint_id": e,
                        "metadata": {"category": "text-to-image", "status": "active"},
                        **({"openapi": document(e)} if expand else {}),
                    }
                    for e in page
                ],
                "has_more": more,
                "next_cursor": str(start + page_size) if more else None,
            }
        )

    return answer


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """An empty spec folder: the root document and no model file."""
    folder = tmp_path / "spec"
    (folder / "models").mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "openapi.yaml", folder / "openapi.yaml")
    return folder


@pytest.fixture(autouse=True)
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAL_KEY", FAL_KEY)
    monkeypatch.setenv("UNIAPI_API_KEY", UNIAPI_KEY)


def run_import(spec: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    old, sys.stdout = sys.stdout, out
    try:
        status = import_fal.main([*args, "--spec", str(spec)])
    finally:
        sys.stdout = old
    return status, out.getvalue()


def imported(spec: Path) -> list[str]:
    models = spec / "models"
    return sorted(spec_bundle.endpoint_of_path(p, models) for p in spec_bundle.model_files(models))


# ----------------------------------------------------------------------- paging
def test_every_page_is_read_and_each_endpoint_written(spec: Path) -> None:
    with doc_server(model_api(ENDPOINTS)) as server:
        status, out = run_import(spec, f"{server.url}/v1/models")
    assert status == 0
    assert imported(spec) == ENDPOINTS
    assert "imported 7 endpoint(s): 7 added, 0 changed, 0 unchanged" in out
    assert len(server.seen) == 3  # 7 endpoints, 3 a page
    assert [r.param("cursor") for r in server.seen] == [[], ["3"], ["6"]]
    assert all(r.param("expand") == ["openapi-3.0"] for r in server.seen)
    text = spec_bundle.model_path("acme/model-00", spec / "models").read_text(encoding="utf-8")
    assert "x-fal-source: openapi" in text and "maximum: 4" in text

    with doc_server(model_api(ENDPOINTS)) as server:
        status, out = run_import(spec, f"{server.url}/v1/models")
    assert "0 added, 0 changed, 7 unchanged" in out and "make generate" not in out


def test_ids_and_category_narrow_the_query(spec: Path) -> None:
    with doc_server(model_api(ENDPOINTS)) as server:
        status, _ = run_import(
            spec, f"{server.url}/v1/models", "--ids", "acme/model-01,acme/model-05"
        )
    assert status == 0
    assert imported(spec) == ["acme/model-01", "acme/model-05"]
    assert server.seen[0].param("endpoint_id") == ["acme/model-01", "acme/model-05"]

    many = [f"acme/many-{i:03d}" for i in range(120)]
    with doc_server(model_api(many, page_size=200)) as server:
        run_import(spec, f"{server.url}/v1/models", "--ids", ",".join(many))
    assert [len(r.param("endpoint_id")) for r in server.seen] == [50, 50, 20]  # fal's limit

    with doc_server(model_api(ENDPOINTS)) as server:
        run_import(spec, f"{server.url}/v1/models", "--category", "text-to-image")
    assert all(r.param("category") == ["text-to-image"] for r in server.seen)


def test_one_per_endpoint_document_by_url(spec: Path) -> None:
    with doc_server(lambda request: Answer.json(document("acme/solo", "image-to-video"))) as server:
        status, out = run_import(
            spec, f"{server.url}/api/openapi/queue/openapi.json?endpoint_id=acme/solo"
        )
    assert status == 0 and imported(spec) == ["acme/solo"]
    assert server.seen[0].param("endpoint_id") == ["acme/solo"]  # the URL's own query kept
    assert "x-fal-category: image-to-video" in spec_bundle.model_path(
        "acme/solo", spec / "models"
    ).read_text(encoding="utf-8")


# ----------------------------------------------------------------------- the key
def test_fal_s_key_goes_to_that_host_only_and_the_uniapi_key_never(spec: Path) -> None:
    with doc_server(model_api(ENDPOINTS)) as server:
        run_import(spec, f"{server.url}/v1/models")
    assert {r.headers.get("authorization") for r in server.seen} == {f"Key {FAL_KEY}"}
    assert not any(UNIAPI_KEY in str(r) for r in server.seen)


def test_without_a_fal_key_nothing_is_sent_as_authorization(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FAL_KEY")
    with doc_server(model_api(ENDPOINTS)) as server:
        run_import(spec, f"{server.url}/v1/models")
    assert all("authorization" not in r.headers for r in server.seen)
    assert fal_remote.fal_key({"FAL_KEY_ID": "id", "FAL_KEY_SECRET": "s"}) == "id:s"


def test_a_redirect_is_not_followed_and_the_key_not_sent_on(spec: Path) -> None:
    with doc_server(model_api(ENDPOINTS)) as elsewhere:
        target = f"{elsewhere.url}/v1/models"
        with doc_server(lambda r: Answer(302, b"", {"Location": target})) as server:
            with pytest.raises(SystemExit, match="302, a redirect to .* \\(not followed\\)"):
                run_import(spec, f"{server.url}/v1/models")
        assert elsewhere.seen == []
    assert imported(spec) == []


# ------------------------------------------------------------ retries and bounds
def test_busy_answers_are_retried_after_retry_after(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = model_api(ENDPOINTS)
    calls = {"n": 0}

    def flaky(request: Seen) -> Answer:
        calls["n"] += 1
        if calls["n"] == 1:
            return Answer(503, b"<html>busy</html>")
        if calls["n"] == 2:
            return Answer.json({"detail": "slow down"}, 429, **{"Retry-After": "0"})
        return api(request)

    monkeypatch.setattr(
        fal_remote, "RETRY", fal_remote.RetryPolicy(max_retries=3, initial_delay=0.01)
    )
    with doc_server(flaky) as server:
        status, _ = run_import(spec, f"{server.url}/v1/models")
    assert status == 0 and imported(spec) == ENDPOINTS
    assert len(server.seen) == 5


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (Answer(200, b"x" * 2048), "larger than 1,024 bytes"),
        (Answer(200, b"<html>not json</html>"), "not JSON"),
        (Answer.json({"items": []}), "neither a fal document nor a page"),
        (Answer(404, b"no such thing"), "HTTP 404 no such thing"),
    ],
)
def test_a_bad_answer_stops_the_import_saying_why(
    spec: Path, monkeypatch: pytest.MonkeyPatch, answer: Answer, says: str
) -> None:
    monkeypatch.setattr(fal_remote, "MAX_ANSWER_BYTES", 1024)
    with doc_server(lambda request: answer) as server:
        with pytest.raises(SystemExit, match=says) as stopped:
            run_import(spec, f"{server.url}/v1/models")
    assert FAL_KEY not in str(stopped.value)
    assert imported(spec) == []


def test_a_stalled_server_ends_at_the_deadline(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fal_remote, "REQUEST_SECONDS", 0.3)
    with doc_server(lambda request: Answer(200, b"{}", delay=3)) as server:
        with pytest.raises(SystemExit, match="no answer within the time allowed"):
            run_import(spec, f"{server.url}/v1/models")


def test_an_entry_without_its_document_is_reported_and_the_rest_imported(spec: Path) -> None:
    def answer(request: Seen) -> Answer:
        return Answer.json(
            {
                "models": [
                    {"endpoint_id": "acme/good", "openapi": document("acme/good")},
                    {"endpoint_id": "acme/bare", "metadata": {}},
                    {"endpoint_id": "acme/odd", "openapi": {"paths": []}},
                ],
                "has_more": False,
                "next_cursor": None,
            }
        )

    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        with doc_server(answer) as server:
            status, _ = run_import(spec, f"{server.url}/v1/models")
    finally:
        sys.stderr = old
    assert status == 0 and imported(spec) == ["acme/good"]
    assert "acme/bare: no OpenAPI document in the answer" in err.getvalue()
    assert "acme/odd:" in err.getvalue()


def test_progress_is_shown_on_a_terminal_only() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown, piped = Terminal(), io.StringIO()
    with doc_server(model_api(ENDPOINTS)) as server:
        fal_remote.fetch(f"{server.url}/v1/models", progress=fal_remote.Progress(shown))
        fal_remote.fetch(f"{server.url}/v1/models", progress=fal_remote.Progress(piped))
    assert "page 3, 7 endpoints read" in shown.getvalue()
    assert piped.getvalue() == ""


# ---------------------------------------------------------- listing and drift
def test_fal_s_whole_catalogue_marks_what_fal_no_longer_lists(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with doc_server(model_api(ENDPOINTS)) as server:
        run_import(spec, f"{server.url}/v1/models")
    with doc_server(model_api(ENDPOINTS[:5])) as server:  # another server: a part, maybe
        status, out = run_import(spec, f"{server.url}/v1/models")
        assert "no longer listed" not in out
        monkeypatch.setattr(fal_remote, "FAL_MODELS_URL", f"{server.url}/v1/models")
        status, out = run_import(spec, "fal")  # fal's own, unnarrowed: its whole catalogue
    assert "2 endpoint(s) no longer listed by fal" in out
    assert imported(spec) == ENDPOINTS  # they stay
    gone = spec_bundle.model_path(ENDPOINTS[6], spec / "models").read_text(encoding="utf-8")
    assert "x-fal-listed: false" in gone
    with doc_server(model_api(ENDPOINTS[:5])) as server:  # a narrowed listing says nothing
        monkeypatch.setattr(fal_remote, "FAL_MODELS_URL", f"{server.url}/v1/models")
        status, out = run_import(spec, "fal", "--ids", ENDPOINTS[0])
    assert "no longer listed" not in out and "listed by fal again" not in out
    with doc_server(model_api(ENDPOINTS)) as server:  # any server showing them lists them
        status, out = run_import(spec, f"{server.url}/v1/models")
    assert "2 endpoint(s) listed by fal again" in out
    assert "x-fal-listed" not in spec_bundle.model_path(ENDPOINTS[6], spec / "models").read_text(
        encoding="utf-8"
    )


def test_drift_against_the_model_api(
    spec: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with doc_server(model_api(ENDPOINTS)) as server:
        run_import(spec, f"{server.url}/v1/models")
        capsys.readouterr()
        assert check_fal_drift.main([f"{server.url}/v1/models", "--spec", str(spec)]) == 0
    assert capsys.readouterr().out.strip().endswith("7 endpoint(s) compared, 0 with drift")

    def wider(request: Seen) -> Answer:  # three of them, each allowing more images
        models = [{"endpoint_id": e, "openapi": document(e, maximum=8)} for e in ENDPOINTS[1:4]]
        return Answer.json({"models": models, "has_more": False, "next_cursor": None})

    with doc_server(wider) as server:
        monkeypatch.setattr(fal_remote, "FAL_MODELS_URL", f"{server.url}/v1/models")
        assert check_fal_drift.main(["fal", "--spec", str(spec)]) == 1
    out = capsys.readouterr().out
    assert "acme/model-01 input.num_images: maximum 4 -> 8" in out
    assert "acme/model-00: no longer listed by fal" in out

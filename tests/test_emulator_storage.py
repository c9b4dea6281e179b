"""fal's storage in the emulator: CDN tokens, whole and multipart uploads, files served back.

The app is the one `create_app` builds with the storage routes mounted in front (as
`_app` is to mount them), driven in-process through httpx's ASGI transport with a fake
clock: nothing listens and nothing sleeps, not even to expire a token.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from starlette.applications import Starlette

from fal_queue_emulator import Emulator, EmulatorConfig, Fault, create_app
from fal_queue_emulator._app import _Api
from fal_queue_emulator._storage import (
    CDN_PATH,
    Storage,
    close_storage,
    storage_of,
    storage_routes,
)

from .conftest import SPEC, TEST_KEY

BASE = "http://127.0.0.1:8123"
KEY = {"Authorization": f"Key {TEST_KEY}"}
TOKEN_URL = "/_rest/storage/auth/token?storage_type=fal-cdn-v3"
CHUNK = 64 * 1024

pytestmark = pytest.mark.anyio


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Cdn:
    """An emulator, its app and an httpx client on it; `token()` asks for a CDN token."""

    def __init__(self, http: httpx.AsyncClient, emulator: Emulator, clock: FakeClock) -> None:
        self.http = http
        self.emulator = emulator
        self.clock = clock
        self.storage = storage_of(emulator)

    async def token(self) -> dict[str, str]:
        response = await self.http.post(TOKEN_URL, json={}, headers=KEY)
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}

    async def upload(
        self,
        data: Any,
        auth: dict[str, str] | None = None,
        *,
        name: str | bytes | None = None,
        content_type: str | None = None,
    ) -> httpx.Response:
        """A whole upload, with a new token unless `auth` is given; `name` bytes go raw."""
        auth = auth if auth is not None else await self.token()
        headers = [(key.encode(), value.encode()) for key, value in auth.items()]
        if content_type is not None:
            headers.append((b"Content-Type", content_type.encode()))
        if name is not None:
            headers.append((b"X-Fal-File-Name", name if isinstance(name, bytes) else name.encode()))
        return await self.http.post(f"{CDN_PATH}/files/upload", content=data, headers=headers)

    async def initiate(
        self, auth: dict[str, str], *, name: str | None = None, content_type: str | None = None
    ) -> tuple[str, str]:
        headers = dict(auth)
        if content_type is not None:
            headers["Content-Type"] = content_type
        if name is not None:
            headers["X-Fal-File-Name"] = name
        response = await self.http.post(f"{CDN_PATH}/files/upload/multipart", headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        return body["access_url"], body["uploadId"]

    async def put(
        self, auth: dict[str, str], url: str, upload_id: str, number: int, data: bytes
    ) -> httpx.Response:
        return await self.http.put(
            f"{url}/multipart/{upload_id}/{number}", content=data, headers=auth
        )

    async def complete(
        self, auth: dict[str, str], url: str, upload_id: str, parts: Any
    ) -> httpx.Response:
        return await self.http.post(
            f"{url}/multipart/{upload_id}/complete", json={"parts": parts}, headers=auth
        )


@pytest.fixture
async def cdn() -> AsyncIterator[Cdn]:
    clock = FakeClock()
    emulator = Emulator(EmulatorConfig(spec_path=SPEC, api_key=TEST_KEY, clock=clock))
    # In front of the app's own routes and catch-alls, where `_app.create_app` is to put them.
    app = Starlette(routes=[*storage_routes(_Api(emulator)), *create_app(emulator).routes])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as http:
        yield Cdn(http, emulator, clock)
    close_storage(emulator)


def _data(size: int, seed: int = 0) -> bytes:
    pattern = hashlib.sha256(f"{seed}".encode()).digest() + bytes(range(256))
    return (pattern * (size // len(pattern) + 1))[:size]


def _etag(data: bytes) -> str:
    return f'"{hashlib.md5(data).hexdigest()}"'


async def test_a_token_is_issued_for_the_key_only(cdn: Cdn) -> None:
    response = await cdn.http.post(TOKEN_URL, json={}, headers=KEY)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"token", "token_type", "base_url", "expires_at"}
    assert body["token_type"] == "Bearer"
    assert body["base_url"] == f"{BASE}/_cdn"
    assert body["expires_at"].endswith("+00:00")
    left = datetime.fromisoformat(body["expires_at"]) - datetime.now(UTC)
    assert 3590 < left.total_seconds() <= 3600
    second = (await cdn.http.post(TOKEN_URL, json={}, headers=KEY)).json()
    assert second["token"] != body["token"]
    assert cdn.storage.stats().tokens_issued == 2

    for headers in ({}, {"Authorization": "Key not-the-key"}):
        refused = await cdn.http.post(TOKEN_URL, json={}, headers=headers)
        assert refused.status_code == 401
        assert "detail" in refused.json()
    other = await cdn.http.post("/_rest/storage/auth/token?storage_type=gcs", headers=KEY)
    assert other.status_code == 400
    assert cdn.storage.stats().tokens_issued == 2
    # Through the app's gate, like every route: recorded, and faulted when asked.
    assert any(r.path.endswith("/auth/token") for r in cdn.emulator.requests_of("other"))
    cdn.emulator.inject("other", Fault.html_error(503))
    assert (await cdn.http.post(TOKEN_URL, json={}, headers=KEY)).status_code == 503


async def test_a_whole_upload_is_served_back_byte_for_byte(cdn: Cdn) -> None:
    data = _data(3000)
    response = await cdn.upload(data, name="cat.png", content_type="image/png")
    assert response.status_code == 200, response.text
    url = response.json()["access_url"]
    assert url.startswith(f"{BASE}/_cdn/files/") and url.endswith("/cat.png")

    served = await cdn.http.get(url)  # no credentials: a public CDN
    assert served.status_code == 200
    assert served.content == data
    assert served.headers["content-type"] == "image/png"
    assert served.headers["content-length"] == str(len(data))
    assert (await cdn.http.head(url)).headers["content-length"] == str(len(data))

    stats = cdn.storage.stats()
    assert (stats.files_stored, stats.bytes_stored, stats.bytes_received) == (1, 3000, 3000)
    assert (await cdn.http.get(url.replace("/cat.png", "/dog.png"))).status_code == 404
    missing = await cdn.http.get(f"{CDN_PATH}/files/nope/cat.png")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "File not found"}


async def test_the_cdn_takes_only_live_tokens_it_issued(cdn: Cdn) -> None:
    token = await cdn.token()
    refusals = [
        {},
        {"Authorization": f"Key {TEST_KEY}"},
        {"Authorization": f"Bearer {TEST_KEY}"},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": token["Authorization"].replace("Bearer", "Key")},
    ]
    for headers in refusals:
        response = await cdn.upload(b"x" * 10, headers)
        assert response.status_code == 401, headers
        assert isinstance(response.json()["detail"], str)
        started = await cdn.http.post(f"{CDN_PATH}/files/upload/multipart", headers=headers)
        assert started.status_code == 401, headers
    assert cdn.storage.stats().files_stored == 0

    assert (await cdn.upload(b"x" * 10, token)).status_code == 200
    cdn.clock.now += 3599
    assert (await cdn.upload(b"x" * 10, token)).status_code == 200
    cdn.clock.now += 1
    assert (await cdn.upload(b"x" * 10, token)).status_code == 401

    cdn.storage.token_seconds = 5  # a shorter lifetime, per emulator
    short = await cdn.token()
    url, upload_id = await cdn.initiate(short)
    cdn.clock.now += 5
    assert (await cdn.put(short, url, upload_id, 1, b"late")).status_code == 401
    assert (await cdn.upload(b"x" * 10)).status_code == 200  # with a new token
    assert cdn.storage.stats().files_stored == 3


async def test_a_multipart_upload_sent_out_of_order_is_assembled_in_order(cdn: Cdn) -> None:
    auth = await cdn.token()
    url, upload_id = await cdn.initiate(auth, name="clip.mp4", content_type="video/mp4")
    assert url.startswith(f"{BASE}/_cdn/files/") and url.endswith("/clip.mp4")
    assert (await cdn.http.get(url)).status_code == 404  # not until completed

    parts = {1: _data(5000, 1), 2: _data(4096, 2), 3: _data(123, 3)}
    etags: list[dict[str, Any]] = []
    for number in (3, 1, 2):
        response = await cdn.put(auth, url, upload_id, number, parts[number])
        assert response.status_code == 200, response.text
        etag = response.headers["etag"]
        assert etag == _etag(parts[number])
        assert response.json() == {"partNumber": number, "etag": etag}
        etags.append({"partNumber": number, "etag": etag})
    assert (await cdn.http.get(url)).status_code == 404

    unsorted = [etags[2], etags[0], etags[1]]  # 2, 3, 1
    done = await cdn.complete(auth, url, upload_id, unsorted)
    assert done.status_code == 200, done.text
    assert done.json() == {"access_url": url}

    served = await cdn.http.get(url)
    assert served.status_code == 200
    assert served.content == parts[1] + parts[2] + parts[3]
    assert served.headers["content-type"] == "video/mp4"
    stats = cdn.storage.stats()
    assert (stats.files_stored, stats.parts_received, stats.bytes_stored) == (1, 3, 9219)
    assert list((cdn.storage.root / "parts").iterdir()) == []
    # A retried complete (its answer lost) gets the same answer; the upload is over.
    again = await cdn.complete(auth, url, upload_id, unsorted)
    assert again.status_code == 200 and again.json() == {"access_url": url}
    assert (await cdn.put(auth, url, upload_id, 4, b"more")).status_code == 404


async def test_complete_refuses_parts_that_were_not_sent(cdn: Cdn) -> None:
    auth = await cdn.token()
    url, upload_id = await cdn.initiate(auth, name="big.bin")
    first, second = _data(2048, 1), _data(1024, 2)
    for number, data in ((1, first), (2, second)):
        assert (await cdn.put(auth, url, upload_id, number, data)).status_code == 200
    good: list[dict[str, Any]] = [
        {"partNumber": 1, "etag": _etag(first)},
        {"partNumber": 2, "etag": _etag(second)},
    ]

    wrong = [good[0], {"partNumber": 2, "etag": '"0123"'}]
    missing = [*good, {"partNumber": 3, "etag": '"0123"'}]
    gap = [good[0], {"partNumber": 3, "etag": _etag(second)}]
    twice = [good[0], good[0]]
    for parts in (wrong, missing, gap, twice, [], [{"partNumber": "1", "etag": "x"}]):
        response = await cdn.complete(auth, url, upload_id, parts)
        assert response.status_code == 400, parts
        assert isinstance(response.json()["detail"], str)
    not_json = await cdn.http.post(
        f"{url}/multipart/{upload_id}/complete", content=b"{parts", headers=auth
    )
    assert not_json.status_code == 400
    assert (await cdn.put(auth, url, upload_id, 0, b"zero")).status_code == 400
    assert (await cdn.complete(auth, url, "no-such-upload", good)).status_code == 404
    assert (await cdn.http.get(url)).status_code == 404

    # The refusals left the upload as it was: quoted or not, the right ETags complete it.
    unquoted = [{**part, "etag": part["etag"].strip('"')} for part in good]
    assert (await cdn.complete(auth, url, upload_id, unquoted)).status_code == 200
    assert (await cdn.http.get(url)).content == first + second
    assert url.endswith("/big.bin")


async def test_a_part_sent_again_replaces_the_first(cdn: Cdn) -> None:
    auth = await cdn.token()
    url, upload_id = await cdn.initiate(auth)
    old, new, tail = _data(3000, 1), _data(2000, 2), _data(100, 3)
    old_etag = (await cdn.put(auth, url, upload_id, 1, old)).headers["etag"]
    new_etag = (await cdn.put(auth, url, upload_id, 1, new)).headers["etag"]
    tail_etag = (await cdn.put(auth, url, upload_id, 2, tail)).headers["etag"]
    assert old_etag != new_etag

    stale = [{"partNumber": 1, "etag": old_etag}, {"partNumber": 2, "etag": tail_etag}]
    assert (await cdn.complete(auth, url, upload_id, stale)).status_code == 400
    fresh = [{"partNumber": 2, "etag": tail_etag}, {"partNumber": 1, "etag": new_etag}]
    assert (await cdn.complete(auth, url, upload_id, fresh)).status_code == 200
    assert (await cdn.http.get(url)).content == new + tail
    assert cdn.storage.stats().parts_received == 3


@pytest.mark.parametrize(
    ("header", "name"),
    [
        (quote("my photo é.png"), "my photo é.png"),
        ("my%20photo.png", "my photo.png"),
        ("my photo é.png".encode(), "my photo é.png"),  # raw UTF-8, as some clients send it
        ("..%2F..%2Fescape.txt", "escape.txt"),
        ("../../escape.txt", "escape.txt"),
        ("..\\..\\escape.txt", "escape.txt"),
        ("/etc/passwd", "passwd"),
        ("a%00b%0A.png", "ab.png"),
        (None, "upload.png"),
        ("..", "upload.png"),
        ("%2E%2E", "upload.png"),
    ],
)
async def test_file_names_are_decoded_and_kept_to_one_safe_segment(
    cdn: Cdn, header: str | bytes | None, name: str
) -> None:
    data = _data(700)
    response = await cdn.upload(data, name=header, content_type="image/png")
    assert response.status_code == 200, response.text
    url = response.json()["access_url"]
    assert url.rsplit("/", 1)[1] == quote(name, safe="")
    assert httpx.URL(url).path.count("/") == 4  # /_cdn/files/<id>/<name>
    assert (await cdn.http.get(url)).content == data

    root = cdn.storage.root.resolve()
    stored = [path.resolve() for path in root.rglob("*") if path.is_file()]
    assert stored and all(path.is_relative_to(root) for path in stored)
    assert not (root.parent / "escape.txt").exists()
    assert not (root.parent.parent / "escape.txt").exists()


async def test_a_large_body_is_written_as_it_arrives(cdn: Cdn) -> None:
    """5 MiB in 64 KiB chunks: each time the app asks for the next chunk, those before it
    are already on disk, so the handler holds at most about one chunk."""
    chunks = [_data(CHUNK, n) for n in range(80)]
    incoming = cdn.storage.root / "incoming"
    lags: list[int] = []

    async def body() -> AsyncIterator[bytes]:
        for sent, chunk in enumerate(chunks):
            on_disk = sum(path.stat().st_size for path in incoming.iterdir())
            lags.append(sent * CHUNK - on_disk)
            yield chunk

    response = await cdn.upload(body(), name="big.bin")
    assert response.status_code == 200, response.text
    assert len(lags) == len(chunks)
    assert max(lags) <= CHUNK, lags
    served = await cdn.http.get(response.json()["access_url"])
    assert served.content == b"".join(chunks)
    assert list(incoming.iterdir()) == []
    assert cdn.storage.stats().bytes_stored == 80 * CHUNK


async def test_a_body_over_the_cap_is_refused_without_being_read_whole(cdn: Cdn) -> None:
    cdn.storage.max_bytes = 1024 * 1024
    pulled = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal pulled
        for n in range(80):
            pulled += 1
            yield _data(CHUNK, n)

    response = await cdn.upload(body())
    assert response.status_code == 413
    assert "detail" in response.json()
    assert pulled == 17  # 16 chunks fit in 1 MiB; the 17th goes over
    assert list((cdn.storage.root / "incoming").iterdir()) == []
    assert cdn.storage.stats().bytes_received == 16 * CHUNK

    declared = await cdn.upload(_data(2 * 1024 * 1024))  # refused by its Content-Length
    assert declared.status_code == 413
    auth = await cdn.token()
    url, upload_id = await cdn.initiate(auth)
    big_part = await cdn.put(auth, url, upload_id, 1, _data(1024 * 1024 + 1))
    assert big_part.status_code == 413
    half = _data(600 * 1024)
    parts = []
    for number in (1, 2):  # each part fits, the file they make does not
        etag = (await cdn.put(auth, url, upload_id, number, half)).headers["etag"]
        parts.append({"partNumber": number, "etag": etag})
    assert (await cdn.complete(auth, url, upload_id, parts)).status_code == 413
    assert cdn.storage.stats().files_stored == 0


async def test_the_storage_folder_goes_with_the_emulator(cdn: Cdn) -> None:
    response = await cdn.upload(b"kept", name="a.txt")
    url = response.json()["access_url"]
    root = cdn.storage.root
    assert root.is_dir()
    close_storage(cdn.emulator)
    assert not root.exists()
    assert (await cdn.http.get(url)).status_code == 404
    assert cdn.storage.stats().files_stored == 1  # counters outlive the files

    again = await cdn.upload(b"new", name="b.txt")  # a new folder
    assert (await cdn.http.get(again.json()["access_url"])).content == b"new"
    assert cdn.storage.root != root

    alone = Storage()
    folder = alone.root
    assert folder.is_dir()
    del alone  # collected: its folder goes too
    assert not folder.exists()


def test_storage_is_one_per_emulator() -> None:
    first = Emulator(EmulatorConfig(spec_path=SPEC))
    second = Emulator(EmulatorConfig(spec_path=SPEC))
    assert storage_of(first) is storage_of(first)
    assert storage_of(first) is not storage_of(second)
    close_storage(second)  # nothing stored: nothing to remove

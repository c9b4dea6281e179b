"""`client.upload`: fal's storage protocol against a fake storage (MockTransport): the
token from the REST host, the bytes to the CDN with that token only, parts when large;
and an input's local files too large to inline, uploaded before the submit."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from uniapi_fal import (
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    Client,
    ConfigurationError,
    InputValidationError,
    ResponseParseError,
    UploadError,
    _upload,
)
from uniapi_fal.models import KlingVideoV16ProImageToVideoInput as KlingPro

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER
from .conftest import TEST_KEY

FAL = "https://queue.fal.run"


class FakeStorage:
    """fal's token host and CDN in memory; what each request carried."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.parts: dict[tuple[str, int], bytes] = {}
        self.seen: list[tuple[str, str, str | None]] = []
        self.tokens = 0
        self.refuse: set[str] = set()
        self.access_host = "v3.fal.media"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("authorization")
        self.seen.append((request.method, str(request.url), auth))
        path = request.url.path
        if request.url.host == "rest.fal.ai" and path == "/storage/auth/token":
            assert auth == f"Key {TEST_KEY}"
            self.tokens += 1
            return httpx.Response(
                200,
                json={
                    "token": f"cdn-token-{self.tokens}",
                    "token_type": "Bearer",
                    "base_url": "https://v3.fal.media",
                    "expires_at": "2999-01-01T00:00:00+00:00",
                },
            )
        assert request.url.host in ("v3.fal.media", "elsewhere.example")
        if auth is None or auth in self.refuse or not auth.startswith("Bearer cdn-token-"):
            return httpx.Response(401, json={"detail": "bad token"})
        body = request.read()
        assert request.headers["content-length"] == str(len(body))
        if path == "/files/upload":
            name = request.headers["x-fal-file-name"]
            self.files[name] = body
            return httpx.Response(200, json={"access_url": f"https://v3.fal.media/files/x/{name}"})
        if path == "/files/upload/multipart":
            name = request.headers["x-fal-file-name"]
            url = f"https://{self.access_host}/files/y/{name}"
            return httpx.Response(200, json={"access_url": url, "uploadId": "up-1"})
        segments = path.split("/")
        if request.method == "PUT" and segments[-3] == "multipart":
            number = int(segments[-1])
            self.parts[(segments[-2], number)] = body
            etag = '"' + hashlib.md5(body).hexdigest() + '"'
            return httpx.Response(200, headers={"ETag": etag})
        if segments[-1] == "complete":
            listed = json.loads(body)["parts"]
            numbers = [p["partNumber"] for p in listed]
            assert numbers == sorted(numbers)
            whole = b"".join(self.parts[(segments[-2], n)] for n in numbers)
            for part in listed:
                data = self.parts[(segments[-2], part["partNumber"])]
                assert part["etag"] == '"' + hashlib.md5(data).hexdigest() + '"'
            self.files[segments[3]] = whole
            return httpx.Response(200, json={})
        return httpx.Response(404, json={"detail": "no such route"})


def client_on(storage: FakeStorage, **options: Any) -> Client:
    http = httpx.Client(transport=httpx.MockTransport(storage))
    return Client(api_key=TEST_KEY, base_url=FAL, http_client=http, **options)


def test_bytes_go_up_with_the_cdn_token_and_never_the_key() -> None:
    storage = FakeStorage()
    with client_on(storage) as client:
        url = client.upload(b"\x89PNG...", "image/png")
        again = client.upload(b"second")
    assert url == "https://v3.fal.media/files/x/upload.bin"
    assert storage.files["upload.bin"] == b"second" and again == url
    assert storage.tokens == 1  # kept for the next upload
    cdn = [auth for method, url, auth in storage.seen if "v3.fal.media" in url]
    assert cdn == ["Bearer cdn-token-1"] * 2
    assert not any(TEST_KEY in (auth or "") for _, url, auth in storage.seen if "fal.ai" not in url)


def test_a_file_goes_up_under_its_name_read_in_pieces(tmp_path: Path) -> None:
    path = tmp_path / "photo été.jpg"
    data = os.urandom(3 * 1024 * 1024 + 5)
    path.write_bytes(data)
    storage = FakeStorage()
    progress: list[tuple[int, int]] = []
    with client_on(storage) as client:
        url = client.upload(path, on_progress=lambda sent, total: progress.append((sent, total)))
    (name,) = storage.files
    assert name == "photo %C3%A9t%C3%A9.jpg" and url.endswith("photo%20%C3%A9t%C3%A9.jpg")
    assert storage.files[name] == data
    assert progress[-1] == (len(data), len(data)) and len(progress) >= 4  # 1 MiB pieces
    assert [sent for sent, _ in progress] == sorted(sent for sent, _ in progress)


def test_a_large_file_goes_in_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_upload, "MULTIPART_ABOVE", 1000)
    monkeypatch.setattr(_upload, "PART_SIZE", 300)
    path = tmp_path / "video.mp4"
    data = os.urandom(1234)
    path.write_bytes(data)
    storage = FakeStorage()
    with client_on(storage) as client:
        url = client.upload(path)
    assert url == "https://v3.fal.media/files/y/video.mp4"
    assert storage.files["video.mp4"] == data
    assert sorted(n for _, n in storage.parts) == [1, 2, 3, 4, 5]


@pytest.mark.anyio
async def test_the_async_client_uploads_in_parts_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_upload, "MULTIPART_ABOVE", 1000)
    monkeypatch.setattr(_upload, "PART_SIZE", 256)
    path = tmp_path / "clip.bin"
    data = os.urandom(2000)
    path.write_bytes(data)
    storage = FakeStorage()

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return storage(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncClient(api_key=TEST_KEY, base_url=FAL, http_client=http) as client:
        await client.upload(path)
    assert storage.files["clip.bin"] == data


def test_parts_may_not_go_to_another_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_upload, "MULTIPART_ABOVE", 10)
    storage = FakeStorage()
    storage.access_host = "elsewhere.example"
    with client_on(storage) as client, pytest.raises(ResponseParseError, match="another host"):
        client.upload(b"x" * 100)
    assert not any("elsewhere" in url for _, url, _ in storage.seen)


def test_a_refused_kept_token_is_renewed_once() -> None:
    storage = FakeStorage()
    with client_on(storage) as client:
        client.upload(b"one")
        storage.refuse.add("Bearer cdn-token-1")
        client.upload(b"two")
        storage.refuse.update({"Bearer cdn-token-2", "Bearer cdn-token-3"})
        with pytest.raises(AuthenticationError):  # a fresh token refused too: no loop
            client.upload(b"three")
    assert storage.tokens == 3


def test_what_cannot_be_read_fails_before_anything_is_sent(tmp_path: Path) -> None:
    storage = FakeStorage()
    with client_on(storage) as client:
        with pytest.raises(UploadError, match="cannot upload"):
            client.upload(tmp_path / "missing.png")
        with pytest.raises(UploadError, match="folder"):
            client.upload(tmp_path)
        with pytest.raises(ConfigurationError, match="bytes or a file"):
            client.upload(12)  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="media type"):
            client.upload(b"x", "png")
    assert storage.seen == []


def test_a_file_that_shrinks_while_sent_fails(tmp_path: Path) -> None:
    path = tmp_path / "growing.bin"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    storage = FakeStorage()

    def shrink(sent: int, total: int) -> None:
        if sent >= 1024 * 1024:
            os.truncate(path, 1024)

    with client_on(storage) as client, pytest.raises(UploadError, match="shrank"):
        client.upload(path, on_progress=shrink)
    assert storage.files == {}


class QueueAndStorage(FakeStorage):
    """The storage above, and fal's queue taking submits."""

    def __init__(self) -> None:
        super().__init__()
        self.submitted: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "queue.fal.run" and request.method == "POST":
            self.submitted.append(json.loads(request.content))
            return httpx.Response(200, json=SEED_SUBMIT_ANSWER)
        return super().__call__(request)


def big_photo(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "photo.png"
    data = os.urandom(9 * 1024 * 1024)  # over the 8 MiB that go inline
    path.write_bytes(data)
    return path, data


def test_a_local_file_too_large_to_inline_is_uploaded_and_its_url_sent(tmp_path: Path) -> None:
    path, data = big_photo(tmp_path)
    small = tmp_path / "tail.png"
    small.write_bytes(b"\x89PNG small")
    server = QueueAndStorage()
    with client_on(server) as client:
        client.submit(KlingPro(prompt="waves", image_url=path, tail_image_url=small))
    (body,) = server.submitted
    assert body["image_url"] == "https://v3.fal.media/files/x/photo.png"
    assert server.files["photo.png"] == data
    assert body["tail_image_url"].startswith("data:image/png;base64,")  # small: inline


def test_a_bad_input_uploads_nothing(tmp_path: Path) -> None:
    path, _ = big_photo(tmp_path)
    server = QueueAndStorage()
    with client_on(server) as client, pytest.raises(InputValidationError, match="cfg_scale"):
        client.submit(SEED_ENDPOINT, {**SEED_BODY, "image_url": path, "cfg_scale": 5})
    assert server.seen == []


def test_where_storage_cannot_be_reached_nothing_is_submitted(tmp_path: Path) -> None:
    path, _ = big_photo(tmp_path)
    seen: list[str] = []

    def gateway(request: httpx.Request) -> httpx.Response:  # a queue and nothing else
        seen.append(str(request.url))
        return httpx.Response(404, json={"detail": "Not Found"})

    http = httpx.Client(transport=httpx.MockTransport(gateway))
    with Client(api_key=TEST_KEY, base_url="https://gw.example", http_client=http) as client:
        with pytest.raises(UploadError, match="8 MiB") as failed:
            client.submit(SEED_ENDPOINT, {**SEED_BODY, "image_url": path})
    assert "pass its URL" in str(failed.value) and isinstance(failed.value.__cause__, Exception)
    assert seen == ["https://gw.example/_rest/storage/auth/token?storage_type=fal-cdn-v3"]


@pytest.mark.anyio
async def test_the_async_client_uploads_large_input_files_too(tmp_path: Path) -> None:
    path, data = big_photo(tmp_path)
    server = QueueAndStorage()

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return server(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncClient(api_key=TEST_KEY, base_url=FAL, http_client=http) as client:
        await client.submit(SEED_ENDPOINT, {**SEED_BODY, "image_url": path})
    assert server.submitted[0]["image_url"].endswith("/photo.png")
    assert server.files["photo.png"] == data


def test_a_part_refused_once_is_sent_again_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_upload, "MULTIPART_ABOVE", 1000)
    monkeypatch.setattr(_upload, "PART_SIZE", 400)
    data = os.urandom(1500)
    storage = FakeStorage()
    refused: list[str] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT" and request.url.path.endswith("/2") and not refused:
            refused.append(str(request.url))
            return httpx.Response(503, text="<html>busy</html>")
        return storage(request)

    http = httpx.Client(transport=httpx.MockTransport(flaky))
    with Client(api_key=TEST_KEY, base_url=FAL, http_client=http) as client:
        client._sleep = lambda seconds: None  # the retry's backoff, not waited for here
        client.upload(data)
    puts = [url for method, url, _ in storage.seen if method == "PUT"]
    assert storage.files["upload.bin"] == data and len(refused) == 1
    assert sorted(url.rsplit("/", 1)[1] for url in puts) == ["1", "2", "3", "4"]


def test_the_upload_ends_by_its_deadline() -> None:
    storage = FakeStorage()
    with client_on(storage) as client, pytest.raises(APITimeoutError, match="timeout"):
        client.upload(b"late", timeout=1e-9)
    assert storage.seen == []

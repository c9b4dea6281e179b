"""Local files in (data URIs) and result files out (safe, atomic downloads)."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fal_queue_emulator import RunningEmulator
from uniapi_fal import Client, DownloadError, InputValidationError
from uniapi_fal._download import files_in, safe_name
from uniapi_fal._files import InlineFileError, data_uri, has_local_files, inline_files
from uniapi_fal.models import (
    FalFile,
    FluxDevOutput,
    FluxDevOutputTimings,
    Image,
    ImageFile,
    KlingVideoV21StandardImageToVideoInput,
)

from ._inputs import SEED_ENDPOINT
from .conftest import TEST_KEY

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_a_path_becomes_a_data_uri_with_its_media_type(
    client: Client, emulator: RunningEmulator, tmp_path: Path
) -> None:
    image = tmp_path / "first frame.png"
    image.write_bytes(PNG)
    client.submit(SEED_ENDPOINT, {"prompt": "waves", "image_url": image})
    sent = emulator.emulator.requests_of("submit")[-1].body
    assert sent["image_url"] == "data:image/png;base64," + base64.b64encode(PNG).decode()
    model = KlingVideoV21StandardImageToVideoInput(prompt="w", image_url=image)
    client.submit(model)
    assert (
        emulator.emulator.requests_of("submit")[-1].body["image_url"].startswith("data:image/png")
    )


def test_any_path_like_object_is_a_local_file(
    client: Client, emulator: RunningEmulator, tmp_path: Path
) -> None:
    class Upload:  # an os.PathLike of some framework, not a pathlib.Path
        def __fspath__(self) -> str:
            return str(image)

    image = tmp_path / "frame.png"
    image.write_bytes(PNG)
    client.submit(KlingVideoV21StandardImageToVideoInput(prompt="w", image_url=Upload()))
    sent = emulator.emulator.requests_of("submit")[-1].body["image_url"]
    assert sent == "data:image/png;base64," + base64.b64encode(PNG).decode()


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.webp", "image/webp"), ("clip.mp4", "video/mp4"), ("x.bin", "application/octet-stream")],
)
def test_media_types(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"1")
    assert data_uri(path).startswith(f"data:{kind};base64,")


def test_too_large_files_are_uploaded_and_missing_ones_say_what_to_do(
    client: Client, tmp_path: Path
) -> None:
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.truncate(8 * 1024 * 1024 + 1)
    job = client.submit(SEED_ENDPOINT, {"prompt": "p", "image_url": big})
    sent = client.jobs()[-1]
    assert sent.request_id == job.request_id
    assert "over the 8,388,608-byte limit" in _file_limit_error(big)
    with pytest.raises(InputValidationError, match="cannot read"):
        client.submit(SEED_ENDPOINT, {"prompt": "p", "image_url": tmp_path / "missing.png"})


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda tmp: tmp, "is a folder, not a regular file"),
        (lambda tmp: (os.mkfifo(tmp / "pipe"), tmp / "pipe")[1], "is a named pipe (FIFO)"),
        (lambda tmp: Path("/dev/zero"), "is a device, not a regular file"),
        (lambda tmp: Path("/proc/self/pagemap"), "is a kernel file"),
    ],
    ids=["folder", "fifo", "dev-zero", "proc-pagemap"],
)
def test_only_regular_files_are_read(tmp_path: Path, make: Any, why: str) -> None:
    path = make(tmp_path)
    start = time.monotonic()
    out, problems = inline_files({"frames": [{"image_url": path}]})
    assert time.monotonic() - start < 1  # a FIFO with no writer must not block
    (problem,) = problems
    assert problem.path == "frames[0].image_url"
    assert problem.message.startswith("frames[0].image_url: ") and why in problem.message
    assert "pass a regular file, or upload it and pass its URL" in problem.message
    assert out["frames"][0]["image_url"] == path


def test_a_file_growing_after_the_check_never_passes_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is 9 MiB, but its size read 100 bytes when checked (it grew, or was
    rewritten in place, since): at most 101 bytes are read, and it is refused."""
    path = tmp_path / "growing.png"
    path.write_bytes(b"g" * (9 * 1024 * 1024))
    inode = path.stat().st_ino
    real_fstat, real_read = os.fstat, os.read
    read: list[int] = []

    def fstat(fd: int) -> os.stat_result:
        result = real_fstat(fd)
        if result.st_ino != inode:
            return result
        fields = list(result)
        fields[6] = 100  # st_size
        return os.stat_result(fields)

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        if real_fstat(fd).st_ino == inode:
            read.append(len(data))
        return data

    monkeypatch.setattr(os, "fstat", fstat)
    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(InlineFileError) as caught:
        data_uri(path, field="image_url")
    assert sum(read) == 101
    assert "image_url: " in str(caught.value) and "changed while it was read" in str(caught.value)


def test_a_file_at_the_limit_is_sent_and_one_byte_more_is_not(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"a" * 100)
    assert data_uri(path, limit=100) == "data:application/octet-stream;base64," + (
        base64.b64encode(b"a" * 100).decode()
    )
    with pytest.raises(InlineFileError, match="101 bytes, over the 100-byte limit"):
        path.write_bytes(b"a" * 101)
        data_uri(path, limit=100)


def test_has_local_files_looks_everywhere_at_any_depth(tmp_path: Path) -> None:
    assert has_local_files({"a": [1, ("x", Path("p"))]})
    assert not has_local_files({"a": [1, ("x", "p")], "b": None})
    assert not has_local_files("plain")
    deep: dict[str, Any] = {}
    cur = deep
    for _ in range(100_000):  # deeper than the recursion limit
        cur["x"] = {}
        cur = cur["x"]
    assert not has_local_files(deep)
    cycle: list[Any] = [1]
    cycle.append(cycle)
    assert not has_local_files(cycle)
    image = tmp_path / "a.png"
    image.write_bytes(PNG)
    cur["image_url"] = image
    assert has_local_files(deep)
    out, problems = inline_files(deep)
    assert problems == [] and out is not deep
    for _ in range(100_000):
        out = out["x"]
    assert out["image_url"].startswith("data:image/png;base64,")
    assert cur["image_url"] == image  # the caller's value is left as it was


def test_inline_files_copies_shared_and_cyclic_parts_once(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(PNG)
    shared = {"image_url": image}
    body: dict[str, Any] = {"first": shared, "second": shared, "many": (image, "u")}
    body["self"] = body
    out, problems = inline_files(body)
    assert problems == []
    assert out["first"] is out["second"] and out["first"]["image_url"].startswith("data:")
    assert out["many"][0].startswith("data:image/png") and out["many"][1] == "u"
    assert out["self"] is out and shared["image_url"] == image


def serve(files: dict[str, tuple[int, bytes, dict[str, str]]], seen: list[httpx.Request]) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        code, body, headers = files[request.url.path]
        return httpx.Response(code, content=body, headers=headers)

    return Client(
        api_key=TEST_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


def output(*images: ImageFile) -> list[ImageFile]:
    """What `download` takes: any output, or a list of files (as in an output's field)."""
    return list(images)


def test_download_saves_every_file_atomically_without_the_key(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    client = serve(
        {
            "/a/out.jpg": (200, b"jpeg!", {"content-type": "image/jpeg"}),
            "/b/out.jpg": (200, b"jpeg2", {"content-type": "image/jpeg"}),
        },
        seen,
    )
    progress: list[tuple[int, int | None]] = []
    saved = client.download(
        output(
            ImageFile(url="https://cdn.example/a/out.jpg", content_type="image/jpeg", file_size=5),
            ImageFile(url="https://cdn.example/b/out.jpg", content_type="image/jpeg"),
        ),
        tmp_path / "dl",
        progress=lambda done, total: progress.append((done, total)),
    )
    assert [s.path.name for s in saved] == ["out.jpg", "out-1.jpg"]
    assert [s.path.read_bytes() for s in saved] == [b"jpeg!", b"jpeg2"]
    assert sorted(p.name for p in (tmp_path / "dl").iterdir()) == ["out-1.jpg", "out.jpg"]
    assert progress[0] == (5, 5)
    assert all("authorization" not in r.headers for r in seen)


def test_download_never_overwrites_a_file(tmp_path: Path) -> None:
    """Three calls, each saving an `output.jpg`, beside a file of that name: four files."""
    seen: list[httpx.Request] = []
    client = serve({"/a/output.jpg": (200, b"new", {"content-type": "image/jpeg"})}, seen)
    (tmp_path / "output.jpg").write_bytes(b"mine")
    names = [
        client.download(output(ImageFile(url="https://cdn.example/a/output.jpg")), tmp_path)[
            0
        ].path.name
        for _ in range(3)
    ]
    assert names == ["output-1.jpg", "output-2.jpg", "output-3.jpg"]
    assert (tmp_path / "output.jpg").read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "output-1.jpg",
        "output-2.jpg",
        "output-3.jpg",
        "output.jpg",
    ]


def test_a_name_taken_while_downloading_is_not_overwritten(tmp_path: Path) -> None:
    from uniapi_fal._download_checks import place

    tmp = tmp_path / ".x.incomplete"
    tmp.write_bytes(b"new")
    (tmp_path / "x.jpg").write_bytes(b"theirs")
    assert place(tmp, tmp_path / "x.jpg") == tmp_path / "x-1.jpg"
    assert (tmp_path / "x.jpg").read_bytes() == b"theirs" and not tmp.exists()


def test_download_runs_on_the_clients_transport_and_scopes_the_key(tmp_path: Path) -> None:
    """A file on the client's own host gets the key (its auth), one elsewhere does not."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"jpeg!", headers={"content-type": "image/jpeg"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Client(api_key=TEST_KEY, base_url="https://gw.example", http_client=http) as client:
        client.download(
            output(
                ImageFile(url="https://gw.example/files/a.jpg"),
                ImageFile(url="https://cdn.example/b.jpg"),
            ),
            tmp_path,
        )
    assert [r.headers.get("authorization") for r in seen] == [f"Key {TEST_KEY}", None]


@pytest.mark.parametrize(
    ("code", "body", "headers", "file", "message"),
    [
        (
            200,
            b"short",
            {"content-type": "image/jpeg"},
            {"file_size": 9},
            r"announced 5 bytes \(Content-Length\) where the output's file_size says 9",
        ),
        (
            200,
            b"<html>",
            {"content-type": "text/html"},
            {"content_type": "image/jpeg"},
            "'text/html'",
        ),
        (404, b"gone", {}, {}, "HTTP 404"),
    ],
)
def test_bad_downloads_leave_nothing_behind(
    tmp_path: Path,
    code: int,
    body: bytes,
    headers: dict[str, str],
    file: dict[str, Any],
    message: str,
) -> None:
    client = serve({"/x.jpg": (code, body, headers)}, [])
    with pytest.raises(DownloadError, match=message):
        client.download(output(ImageFile(url="https://cdn.example/x.jpg", **file)), tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("server_name", "url", "expected"),
    [
        ("../../etc/passwd", "https://c/x", "passwd"),
        ("/abs/path/v.mp4", "https://c/x", "v.mp4"),
        ("..\\..\\win.ini", "https://c/x", "win.ini"),
        ("..", "https://c/files/clip.mp4", "clip.mp4"),
        (None, "https://c/files/a%2F..%2Fb.png", "b.png"),
        ("", "https://c/", "output"),
    ],
)
def test_server_file_names_cannot_escape(server_name: Any, url: str, expected: str) -> None:
    assert safe_name(server_name, url) == expected


@given(st.text(max_size=60), st.text(max_size=30))
def test_any_server_name_stays_a_plain_file_name(server_name: str, path: str) -> None:
    name = safe_name(server_name, "https://cdn.example/" + path.replace("?", "").replace("#", ""))
    assert name and "/" not in name and "\\" not in name and name not in (".", "..")
    assert not name.startswith(".")


def test_files_in_finds_nested_files_and_data_uris_are_saved(tmp_path: Path) -> None:
    image = Image(
        url="data:image/png;base64," + base64.b64encode(PNG).decode(),
        width=1,
        height=1,
        content_type="image/png",
    )
    out = FluxDevOutput(
        images=[image], timings=FluxDevOutputTimings(), seed=1, has_nsfw_concepts=[], prompt="p"
    )
    assert files_in(out) == out.images
    assert files_in(FalFile(url="u")) == [FalFile(url="u")]
    (saved,) = Client(api_key=TEST_KEY).download(out, tmp_path)
    assert saved.path.read_bytes() == PNG and saved.path.suffix == ".png"


def test_emulator_served_files_download_end_to_end(tmp_path: Path) -> None:
    """With `serve_files`, outputs point at the emulator and `download` saves real bytes."""
    from fal_queue_emulator import EmulatorConfig, run_in_thread

    from .conftest import SPEC

    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.01, run_seconds=0.02, serve_files=True)
    with run_in_thread(config) as server, Client(api_key=TEST_KEY, base_url=server.base_url) as c:
        out = c.run(SEED_ENDPOINT, {"prompt": "p", "image_url": "https://x/y.png"}, timeout=30)
        assert out.video.url.startswith(server.base_url + "/_emulator/files/")
        (saved,) = c.download(out, tmp_path / "files")
    assert saved.path.name == out.video.file_name and saved.size == out.video.file_size > 0
    assert saved.path.stat().st_size == saved.size


def _file_limit_error(path: Path) -> str:
    """What inlining a file over the limit says (the case `client.upload` now takes)."""
    from uniapi_fal._files import InlineFileError, data_uri

    with pytest.raises(InlineFileError) as caught:
        data_uri(path)
    return str(caught.value.problem.message)

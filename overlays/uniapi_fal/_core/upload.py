"""Uploads to fal's storage, as fal's Python client makes them: a short-lived token from
the REST host, then the bytes to the CDN with that token (never the API key).

- `cdn_token`: `POST {rest}/storage/auth/token?storage_type=fal-cdn-v3`.
- `upload_whole`: `POST {cdn}/files/upload`, the file as the body; the answer's
  `access_url` is the file's URL.
- Above `MULTIPART_ABOVE`: `initiate` (`POST {cdn}/files/upload/multipart`, giving the
  `access_url` and an `uploadId`), each part `put_part` (`PUT
  {access_url}/multipart/{uploadId}/{n}`, its ETag kept), then `complete`.

Every request is retried as a read is (a repeated upload costs nothing but space), ends
by the call's deadline, and has its answer capped and scrubbed; the CDN token is
scrubbed like the key. The CDN names the URLs the parts go to: they must stay on the
CDN's origin, or the token would follow them elsewhere.
"""

from __future__ import annotations

import json
import time
from typing import Any, NamedTuple
from urllib.parse import quote

import httpx

from .. import _urls
from .._auth import CREDENTIAL, APIKey
from .._exceptions import APIStatusError, APITimeoutError, FalError, ResponseParseError
from .._upload_body import Body
from .answers import read_json, status_error
from .context import Context
from .deadline import Deadline
from .effects import Flow
from .requests import absolute
from .sending import Expired, send

MULTIPART_ABOVE = 100 * 1024 * 1024
"""Files larger than this go in parts (fal's own threshold)."""
PART_SIZE = 10 * 1024 * 1024
TOKEN_MARGIN = 60.0
"""A token with less than this many seconds left is renewed before use."""
TOKEN_LIFETIME = 300.0
"""Assumed when the REST host gives no (readable) expiry."""
STORAGE = "fal storage"
"""The `endpoint` that errors of uploads carry."""


class CdnToken(NamedTuple):
    """A short-lived credential for the CDN."""

    credential: APIKey
    """The whole `Authorization` value: `<token_type> <token>`."""
    secret: str
    """The token alone, scrubbed from whatever the CDN says."""
    expires: float
    """Unix time."""

    def fresh(self) -> bool:
        return time.time() < self.expires - TOKEN_MARGIN


def _expired(what: str, deadline: Deadline) -> Expired:
    def error() -> FalError:
        return APITimeoutError(
            f"{what}: the call's timeout ({deadline.timeout or 0:g} s) passed first.",
            endpoint=STORAGE,
        )

    return error


def _call(
    ctx: Context, request: dict[str, Any], deadline: Deadline, what: str
) -> Flow[tuple[Any, httpx.Headers]]:
    """Send; the answer's JSON and headers (an error answer raised as its typed error)."""
    response = yield from send(
        ctx, request, deadline, _expired(what, deadline), what=what, endpoint=STORAGE
    )
    if response.status_code >= 300:
        raise status_error(
            response,
            ctx.scrubber,
            ctx.max_response_bytes,
            what=what,
            endpoint=STORAGE,
            request_id=None,
        )
    if not response.content.strip():
        return {}, response.headers
    data = read_json(response, ctx.scrubber, what=what, endpoint=STORAGE, request_id=None)
    if isinstance(data, ResponseParseError):
        raise data
    return data, response.headers


def _bad(ctx: Context, what: str, problem: str, data: object) -> ResponseParseError:
    return ResponseParseError(
        ctx.scrub(f"{what}: {problem}: {data}", 400), endpoint=STORAGE, request_id=None
    )


def _text(data: object, key: str) -> str | None:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def cdn_token(ctx: Context, deadline: Deadline) -> Flow[CdnToken]:
    """A token for the CDN, from the REST host (which takes the API key)."""
    what = "a storage token"
    request = absolute(
        ctx.hosts.rest,
        {
            "method": "POST",
            "url": _urls.join(ctx.hosts.rest, "/storage/auth/token"),
            "params": {"storage_type": "fal-cdn-v3"},
            "content": b"{}",
            "headers": {"Content-Type": "application/json", "Accept": "application/json"},
        },
    )
    data, _ = yield from _call(ctx, request, deadline, what)
    token, scheme = _text(data, "token"), _text(data, "token_type") or "Bearer"
    if token is None or not _header_safe(token) or not _header_safe(scheme):
        raise _bad(ctx, what, "the answer holds no usable token", "(not shown)")
    return CdnToken(APIKey(f"{scheme} {token}"), token, _expiry(_text(data, "expires_at")))


def _header_safe(value: str) -> bool:
    return value.isascii() and value.isprintable() and " " not in value


def _expiry(text: str | None) -> float:
    if text is not None:
        from dateutil.parser import isoparse

        try:
            when = isoparse(text)
            if when.tzinfo is not None:
                return when.timestamp()
        except (ValueError, OverflowError):
            pass
    return time.time() + TOKEN_LIFETIME


def _on_cdn(ctx: Context, token: CdnToken) -> Context:
    """The context of requests to the CDN: its token scrubbed too."""
    return ctx._replace(scrubber=ctx.scrubber.also(token.secret))


def _request(
    method: str,
    url: str,
    token: CdnToken,
    body: Body | bytes,
    headers: dict[str, str],
) -> dict[str, Any]:
    length = body.length if isinstance(body, Body) else len(body)
    request = {
        "method": method,
        "url": url,
        "content": body,
        "headers": {**headers, "Content-Length": str(length)},
        "extensions": {CREDENTIAL: token.credential},
    }
    return absolute(httpx.URL(url), request)


def file_headers(name: str, content_type: str, lifecycle: dict[str, str]) -> dict[str, str]:
    """The headers that describe the file (its name percent-encoded: a header is ASCII)."""
    return {
        "Content-Type": content_type,
        "X-Fal-File-Name": quote(name, safe=" ._-()"),
        **lifecycle,
    }


def upload_whole(
    ctx: Context,
    token: CdnToken,
    body: Body,
    headers: dict[str, str],
    deadline: Deadline,
) -> Flow[str]:
    """The file in one request; its URL."""
    ctx = _on_cdn(ctx, token)
    what = "upload to fal storage"
    url = _urls.join(ctx.hosts.cdn, "/files/upload")
    data, _ = yield from _call(ctx, _request("POST", url, token, body, headers), deadline, what)
    return _access_url(ctx, data, what, None)


def _access_url(ctx: Context, data: object, what: str, origin: httpx.URL | None) -> str:
    url = _text(data, "access_url")
    try:
        parsed = httpx.URL(url) if url is not None else None
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise _bad(ctx, what, "the answer holds no file URL (access_url)", data)
    if origin is not None and (parsed.scheme, parsed.host, parsed.port) != (
        origin.scheme,
        origin.host,
        origin.port,
    ):
        raise _bad(
            ctx,
            what,
            f"its parts would go to another host than the CDN's ({origin.host}); refused, "
            "so that the storage token goes nowhere else",
            data,
        )
    return str(parsed)


class Multipart(NamedTuple):
    """A started multipart upload."""

    url: str
    """The file's URL, under which its parts go."""
    upload_id: str


def initiate(
    ctx: Context, token: CdnToken, headers: dict[str, str], deadline: Deadline
) -> Flow[Multipart]:
    """Start a multipart upload."""
    ctx = _on_cdn(ctx, token)
    what = "start of a multipart upload to fal storage"
    url = _urls.join(ctx.hosts.cdn, "/files/upload/multipart")
    data, _ = yield from _call(ctx, _request("POST", url, token, b"", headers), deadline, what)
    access = _access_url(ctx, data, what, ctx.hosts.cdn)
    upload_id = _text(data, "uploadId")
    if upload_id is None or not _header_safe(upload_id) or "/" in upload_id:
        raise _bad(ctx, what, "the answer holds no usable uploadId", data)
    return Multipart(access, upload_id)


def put_part(
    ctx: Context, token: CdnToken, upload: Multipart, body: Body, deadline: Deadline
) -> Flow[dict[str, Any]]:
    """One part; its `{"partNumber": n, "etag": ...}`."""
    ctx = _on_cdn(ctx, token)
    what = f"part {body.number} of a multipart upload to fal storage"
    url = f"{upload.url}/multipart/{quote(upload.upload_id, safe='')}/{body.number}"
    request = _request("PUT", url, token, body, {"Content-Type": "application/octet-stream"})
    request["headers"]["Accept-Encoding"] = "identity"  # the ETag as the CDN made it
    data, answer_headers = yield from _call(ctx, request, deadline, what)
    etag = answer_headers.get("etag") or _text(data, "etag")
    if not etag:
        raise _bad(ctx, what, "the answer holds no ETag", data)
    return {"partNumber": body.number, "etag": etag}


def complete(
    ctx: Context,
    token: CdnToken,
    upload: Multipart,
    parts: list[dict[str, Any]],
    deadline: Deadline,
) -> Flow[str]:
    """Join the parts into the file at `upload.url`."""
    ctx = _on_cdn(ctx, token)
    what = "end of a multipart upload to fal storage"
    body = json.dumps({"parts": sorted(parts, key=lambda p: p["partNumber"])}).encode()
    url = f"{upload.url}/multipart/{quote(upload.upload_id, safe='')}/complete"
    request = _request("POST", url, token, body, {"Content-Type": "application/json"})
    yield from _call(ctx, request, deadline, what)
    return upload.url


def is_status(error: BaseException, code: int) -> bool:
    """Whether `error` is the error answer `code`."""
    return isinstance(error, APIStatusError) and error.status_code == code

"""Receiving fal's webhooks: check the signature, then read the result with the spec's models.

A job submitted with `webhook_url=` is POSTed there when it ends. Anyone can POST
to that URL, so check each delivery with `verify` (or `averify` in async code) before
trusting it: fal signs `request_id`, `user_id`, a timestamp and the body's sha256 with
Ed25519, and publishes its public keys (a JWKS). An async receiver, here with Starlette::

    from uniapi_fal.models import FluxDevOutput
    from uniapi_fal.webhooks import JWKSFetchError, WebhookVerificationError, averify

    async def fal_webhook(request: Request) -> Response:
        try:
            event = await averify(request.headers, await request.body())  # keys cached
        except JWKSFetchError as exc:  # fal's keys unreachable: let fal retry later
            return PlainTextResponse(str(exc), status_code=503)
        except WebhookVerificationError as exc:
            return PlainTextResponse(str(exc), status_code=401)
        if event.ok:
            out = event.output_as(FluxDevOutput)  # or event.output("fal-ai/flux/dev")
            print(out.images[0].url)
        return Response(status_code=200)

fal's keys are shared by every fal account: compare `event.user_id` with your own
to refuse deliveries for jobs someone else submitted with your URL.

A slow or hostile key server cannot hold a receiver: fetching the keys has a total
deadline (`JWKS(fetch_timeout=...)`, 10 s), its answer is capped at `MAX_JWKS_BYTES`,
and bodies and keys are parsed within bounds (no RecursionError, however deep).

Ed25519 comes from `cryptography`: `pip install 'uniapi-fal[webhooks]'`.
`examples/webhook_receiver.py --self-test` tries all of this against the emulator.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

import attrs

from uniapi_fal_api.fal_endpoints import ENDPOINTS

from . import _registry
from ._exceptions import (
    JobFailedError,
    JWKSFetchError,
    ResponseParseError,
    WebhookVerificationError,
)
from ._jsonread import JSONError, parse_json
from ._jwks import (
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_JWKS,
    FAL_JWKS_URL,
    JWKS,
    MAX_JWKS_BYTES,
    Keys,
    any_verifies,
    parse_jwks,
)
from ._missing import tolerant_from_dict
from ._scrub import Scrubber

if TYPE_CHECKING:
    pass

__all__ = [
    "DEFAULT_FETCH_TIMEOUT",
    "DEFAULT_TOLERANCE",
    "FAL_JWKS_URL",
    "JWKS",
    "JWKSFetchError",
    "MAX_JWKS_BYTES",
    "REQUEST_ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "USER_ID_HEADER",
    "WebhookEvent",
    "WebhookVerificationError",
    "averify",
    "signed_message",
    "verify",
]


REQUEST_ID_HEADER = "X-Fal-Webhook-Request-Id"
USER_ID_HEADER = "X-Fal-Webhook-User-Id"
TIMESTAMP_HEADER = "X-Fal-Webhook-Timestamp"
SIGNATURE_HEADER = "X-Fal-Webhook-Signature"
_HEADERS = (REQUEST_ID_HEADER, USER_ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER)

DEFAULT_TOLERANCE = 300.0
"""How far (seconds) a delivery's timestamp may be from now, either way."""


_MAX_ID_CHARS = 200
_MAX_ERROR_CHARS = 4000
_SCRUB = Scrubber(())
"""No secret is sent for webhooks; this only makes server text safe to show."""
_MAX_TIMESTAMP_CHARS = 20
_SIGNATURE_BYTES = 64
_HEX = re.compile(r"[0-9a-fA-F]+")

_log = logging.getLogger("uniapi_fal.webhooks")


# --------------------------------------------------------------------------- event


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


_Output = TypeVar("_Output", bound=_FromDict)


@attrs.frozen
class WebhookEvent:
    """One verified delivery: which job, whether it succeeded, and its result.

    `payload` is the result as fal sent it (a dict, or None when the job failed or
    fal could not serialise the result; `payload_error` then says why).
    """

    request_id: str
    gateway_request_id: str
    status: str
    """"OK" or "ERROR"."""
    payload: dict[str, Any] | None
    error: str | None = None
    payload_error: str | None = None
    user_id: str = attrs.field(default="", kw_only=True)
    """The fal account the job belongs to (the signed `X-Fal-Webhook-User-Id`)."""
    timestamp: int = attrs.field(default=0, kw_only=True)
    """Unix seconds at which fal signed the delivery."""

    @property
    def ok(self) -> bool:
        """True when the job produced a result."""
        return self.status == "OK"

    def output_as(self, cls: type[_Output]) -> _Output:
        """The payload as a generated Output model: `event.output_as(FluxDevOutput)`.

        Raises `JobFailedError` for a failed job and `ResponseParseError` when the
        payload is not a `cls`.
        """
        name = getattr(cls, "__name__", repr(cls))
        output: _Output = self._parse(cls, endpoint=_endpoint_of_output(cls) or name, model=name)
        return output

    def output(self, endpoint: str) -> Any:
        """The payload as the Output model of `endpoint`, e.g. "fal-ai/flux/dev"."""
        info = _registry.endpoint_info(endpoint)
        cls = _registry.output_class(info)
        return self._parse(cls, endpoint=info.endpoint_id, model=info.output_class)

    def _parse(self, cls: Any, *, endpoint: str, model: str) -> Any:
        if not self.ok:
            raise JobFailedError(
                f"job {self.request_id} failed, so its webhook has no result: "
                f"{self.error or self.status}",
                endpoint=endpoint,
                request_id=self.request_id,
                error=self.error,
            )
        if self.payload is None:
            reason = self.payload_error or "fal sent no payload"
            raise ResponseParseError(
                f"the webhook of job {self.request_id} carries no result ({reason}); "
                f"fetch it with client.job({endpoint!r}, {self.request_id!r}).result()",
                endpoint=endpoint,
                request_id=self.request_id,
            )
        try:
            return tolerant_from_dict(cls, self.payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(
                f"the webhook payload of job {self.request_id} does not match {model} "
                f"({type(exc).__name__}: {exc}); is it a job of another model? "
                f"payload: {_SCRUB.text(json.dumps(self.payload), 200)}",
                endpoint=endpoint,
                request_id=self.request_id,
            ) from None


def _endpoint_of_output(cls: object) -> str | None:
    """The endpoint whose Output model `cls` is, for error messages."""
    where = (getattr(cls, "__module__", None), getattr(cls, "__name__", None))
    for info in ENDPOINTS.values():
        if (info.output_module, info.output_class) == where:
            return info.endpoint_id
    return None


# -------------------------------------------------------------------------- verify


def signed_message(request_id: str, user_id: str, timestamp: str, body: bytes) -> bytes:
    """What fal signs: `request_id`, `user_id`, `timestamp` and sha256_hex(body), one a line."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{request_id}\n{user_id}\n{timestamp}\n{digest}".encode()


def verify(
    headers: Mapping[str, str],
    body: bytes,
    jwks: JWKS | Mapping[str, Any] | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a webhook delivery and return its event; raise `WebhookVerificationError` if not.

    `headers` are the request's headers (names in any case), `body` its raw bytes,
    exactly as received: parse nothing before this. `jwks` is a `JWKS` cache, a JWKS
    document already fetched, or None for fal's keys (fetched once, then cached). The
    timestamp may be at most `tolerance` seconds from `now` (default: the system clock).
    """
    delivery = _Delivery.read(headers, body, tolerance, now)
    cache = _cache_of(jwks)
    if cache is None:
        return delivery.event(delivery.signed_by(parse_jwks(jwks, "the given keys")), jwks)
    return delivery.event(cache.verify_signature(delivery.message, delivery.signature), cache)


async def averify(
    headers: Mapping[str, str],
    body: bytes,
    jwks: JWKS | Mapping[str, Any] | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """`verify` for async receivers: the same checks and result, and fetching the keys
    (with httpx.AsyncClient) never blocks the event loop::

        event = await averify(request.headers, await request.body())
    """
    delivery = _Delivery.read(headers, body, tolerance, now)
    cache = _cache_of(jwks)
    if cache is None:
        return delivery.event(delivery.signed_by(parse_jwks(jwks, "the given keys")), jwks)
    verified = await cache.averify_signature(delivery.message, delivery.signature)
    return delivery.event(verified, cache)


def _cache_of(jwks: JWKS | Mapping[str, Any] | None) -> JWKS | None:
    if isinstance(jwks, JWKS):
        return jwks
    return DEFAULT_JWKS if jwks is None else None


@attrs.frozen
class _Delivery:
    """The I/O-free checks of one delivery, before and after its signature is checked."""

    request_id: str
    user_id: str
    timestamp: int
    message: bytes
    signature: bytes
    body: bytes

    @classmethod
    def read(
        cls, headers: Mapping[str, str], body: bytes, tolerance: float, now: float | None
    ) -> _Delivery:
        """The signed headers and the message to check, or WebhookVerificationError."""
        if not tolerance >= 0:
            raise ValueError(f"tolerance must be a number of seconds >= 0, not {tolerance!r}")
        if not isinstance(body, bytes | bytearray | memoryview):
            raise TypeError(f"body must be the raw bytes of the request, not {type(body).__name__}")
        body = bytes(body)
        lowered = {str(name).lower(): value for name, value in headers.items()}
        values: dict[str, str] = {}
        for name in _HEADERS:
            value = lowered.get(name.lower())
            if value is None:  # present but empty is left to the signature to judge
                raise WebhookVerificationError(
                    f"missing header {name}: not a fal webhook delivery, or a proxy dropped the "
                    f"X-Fal-Webhook-* headers; pass the request's headers unchanged"
                )
            values[name] = str(value).strip()
        request_id = values[REQUEST_ID_HEADER]
        user_id = values[USER_ID_HEADER]
        stamp = values[TIMESTAMP_HEADER]
        timestamp = _check_timestamp(stamp, tolerance, time.time() if now is None else now)
        signature = _signature_bytes(values[SIGNATURE_HEADER])
        try:
            message = signed_message(request_id, user_id, stamp, body)
        except UnicodeEncodeError:
            raise WebhookVerificationError(
                f"header {REQUEST_ID_HEADER} or {USER_ID_HEADER} is not text fal could have signed"
            ) from None
        return cls(request_id, user_id, timestamp, message, signature, body)

    def signed_by(self, keys: Keys) -> bool:
        return any_verifies(keys, self.message, self.signature)

    def event(self, verified: bool, source: JWKS | object) -> WebhookEvent:
        """The event of a verified delivery; WebhookVerificationError if not verified."""
        if not verified:
            where = source.url if isinstance(source, JWKS) else "the given keys"
            raise WebhookVerificationError(
                f"the signature of request {_SCRUB.text(self.request_id, 100)} matches no key "
                f"of {where}: the body or a header was changed on the way, or it was signed "
                "by another key (a forged delivery, or keys of another server, e.g. the "
                "emulator's vs fal's). Do not trust it"
            )
        return _event(self.body, self.request_id, self.user_id, self.timestamp)


def _check_timestamp(stamp: str, tolerance: float, now: float) -> int:
    if len(stamp) > _MAX_TIMESTAMP_CHARS or not stamp.isascii() or not stamp.isdigit():
        raise WebhookVerificationError(
            f"header {TIMESTAMP_HEADER} is {stamp[:40]!r}, not unix seconds"
        )
    timestamp = int(stamp)
    skew = now - timestamp
    if abs(skew) > tolerance:
        when = "old" if skew > 0 else "in the future"
        raise WebhookVerificationError(
            f"timestamp {timestamp} is {abs(skew):.0f} s {when}, more than the {tolerance:g} s "
            "allowed: a replayed or long-delayed delivery, or this machine's clock is wrong "
            "(check NTP)"
        )
    return timestamp


def _signature_bytes(text: str) -> bytes:
    if not _HEX.fullmatch(text):
        raise WebhookVerificationError(
            f"header {SIGNATURE_HEADER} is not hex ({text[:20]!r}...): fal sends the Ed25519 "
            "signature as hex digits"
        )
    if len(text) != 2 * _SIGNATURE_BYTES:
        raise WebhookVerificationError(
            f"header {SIGNATURE_HEADER} has {len(text)} hex digits; an Ed25519 signature has "
            f"{2 * _SIGNATURE_BYTES}"
        )
    return bytes.fromhex(text)


def _event(body: bytes, request_id: str, user_id: str, timestamp: int) -> WebhookEvent:
    """The event of a signed body: parsed within bounds, its strings scrubbed."""
    shown_id = _SCRUB.text(request_id, 100)
    try:
        data = parse_json(body)
    except JSONError as exc:
        raise WebhookVerificationError(
            f"the signed body of request {shown_id} is not JSON that can be read "
            f"({exc.reason}): {_SCRUB.text(body[:100], 100)!r}"
        ) from None
    if not isinstance(data, dict):
        raise WebhookVerificationError(
            f"the signed body of request {shown_id} is not a JSON object: "
            f"{_SCRUB.text(body[:100], 100)!r}"
        )

    def text(name: str, limit: int) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        return _SCRUB.text(
            value if isinstance(value, str) else json.dumps(value), limit, multiline=True
        )

    status = text("status", 100)
    payload = data.get("payload")
    if status is None or not (payload is None or isinstance(payload, dict)):
        raise WebhookVerificationError(
            f"the signed body of request {shown_id} is not a fal webhook "
            '({"request_id", "status", "payload", ...} expected): '
            f"{_SCRUB.text(body[:100], 100)!r}"
        )
    rid = text("request_id", _MAX_ID_CHARS) or shown_id
    return WebhookEvent(
        request_id=rid,
        gateway_request_id=text("gateway_request_id", _MAX_ID_CHARS) or rid,
        status=status,
        payload=payload,
        error=text("error", _MAX_ERROR_CHARS),
        payload_error=text("payload_error", _MAX_ERROR_CHARS),
        user_id=_SCRUB.text(user_id, _MAX_ID_CHARS),
        timestamp=timestamp,
    )

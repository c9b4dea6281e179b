"""Receiving fal's webhooks: check the signature, then read the result with the spec's models.

A job submitted with `webhook_url=` is POSTed there when it ends. Anyone can POST
to that URL, so check each delivery with `verify` before trusting it: fal signs
`request_id`, `user_id`, a timestamp and the body's sha256 with Ed25519, and
publishes its public keys (a JWKS). A receiver, here with Starlette::

    from uniapi_fal.models import FluxDevOutput
    from uniapi_fal.webhooks import JWKSFetchError, WebhookVerificationError, verify

    async def fal_webhook(request: Request) -> Response:
        try:
            event = verify(request.headers, await request.body())  # fal's keys, cached
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

Ed25519 comes from `cryptography`: `pip install 'uniapi-fal[webhooks]'`.
`examples/webhook_receiver.py --self-test` tries all of this against the emulator.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

import attrs
import httpx

from uniapi_fal_api.fal_endpoints import ENDPOINTS

from . import _registry
from ._exceptions import FalError, JobFailedError, ResponseParseError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

__all__ = [
    "DEFAULT_TOLERANCE",
    "FAL_JWKS_URL",
    "JWKS",
    "JWKSFetchError",
    "REQUEST_ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "USER_ID_HEADER",
    "WebhookEvent",
    "WebhookVerificationError",
    "signed_message",
    "verify",
]

FAL_JWKS_URL = "https://rest.fal.ai/.well-known/jwks.json"
"""Where fal publishes the public keys its webhooks are signed with."""

REQUEST_ID_HEADER = "X-Fal-Webhook-Request-Id"
USER_ID_HEADER = "X-Fal-Webhook-User-Id"
TIMESTAMP_HEADER = "X-Fal-Webhook-Timestamp"
SIGNATURE_HEADER = "X-Fal-Webhook-Signature"
_HEADERS = (REQUEST_ID_HEADER, USER_ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER)

DEFAULT_TOLERANCE = 300.0
"""How far (seconds) a delivery's timestamp may be from now, either way."""

REFETCH_INTERVAL = 60.0
"""A JWKS is fetched again for an unknown signature at most this often (seconds)."""

_FETCH_TIMEOUT = 10.0
_MAX_TIMESTAMP_CHARS = 20
_SIGNATURE_BYTES = 64
_KEY_BYTES = 32
_HEX = re.compile(r"[0-9a-fA-F]+")
_INSTALL_HINT = "pip install 'uniapi-fal[webhooks]'"

_log = logging.getLogger("uniapi_fal.webhooks")


class WebhookVerificationError(FalError):
    """A webhook delivery failed verification: do not trust it (answer 401)."""


class JWKSFetchError(WebhookVerificationError):
    """fal's public keys could not be fetched: the delivery is unchecked, not forged.

    Answer with a 5xx so that fal delivers it again later.
    """


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
            return cls.from_dict(self.payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(
                f"the webhook payload of job {self.request_id} does not match {model} "
                f"({type(exc).__name__}: {exc}); is it a job of another model? "
                f"payload: {json.dumps(self.payload)[:200]}",
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


# ---------------------------------------------------------------------------- keys


def _ed25519() -> Any:
    """cryptography's Ed25519 module; a clear message when the extra is not installed."""
    try:
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError as exc:
        raise ModuleNotFoundError(
            f"verifying fal webhooks needs the 'cryptography' package: {_INSTALL_HINT}",
            name="cryptography",
        ) from exc
    return ed25519


def _parse_jwks(data: object, source: str) -> tuple[Ed25519PublicKey, ...]:
    """The Ed25519 keys of a JWKS document; other key types are skipped."""

    def malformed(why: str) -> WebhookVerificationError:
        return WebhookVerificationError(
            f"malformed JWKS from {source}: {why}. Expected "
            '{"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "<base64url>"}, ...]}'
        )

    if not isinstance(data, Mapping):
        raise malformed(f"not a JSON object but {type(data).__name__}")
    entries = data.get("keys")
    if not isinstance(entries, list):
        raise malformed('no "keys" list')
    ed25519 = _ed25519()
    keys: list[Ed25519PublicKey] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise malformed(f"key {index} is not an object")
        if entry.get("kty") != "OKP" or entry.get("crv") != "Ed25519":
            continue
        x = entry.get("x")
        if not isinstance(x, str):
            raise malformed(f'key {index} has no "x" string')
        try:
            raw = base64.b64decode(x + "=" * (-len(x) % 4), altchars=b"-_", validate=True)
        except (binascii.Error, ValueError):
            raise malformed(f'key {index}: "x" is not base64url') from None
        if len(raw) != _KEY_BYTES:
            raise malformed(f'key {index}: "x" is {len(raw)} bytes, an Ed25519 key is 32')
        keys.append(ed25519.Ed25519PublicKey.from_public_bytes(raw))
    if not keys:
        raise malformed(f"none of its {len(entries)} keys is an Ed25519 (OKP) key")
    return tuple(keys)


def _any_verifies(keys: Iterable[Ed25519PublicKey], message: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    for key in keys:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            continue
        return True
    return False


class JWKS:
    """fal's public keys, fetched on first use and cached; thread-safe.

    The cache is refreshed after `ttl` seconds, and fetched once more (at most every
    `REFETCH_INTERVAL` seconds) when a signature matches none of the cached keys, so
    that a key fal has just rotated in is picked up. Keep one instance per process.
    If a refresh fails, the keys already known are used until one succeeds.
    """

    def __init__(
        self,
        url: str = FAL_JWKS_URL,
        *,
        ttl: float = 3600.0,
        http_client: httpx.Client | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl < 0:
            raise ValueError("ttl must not be negative")
        self.url = url
        self.ttl = ttl
        self._http = http_client
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: tuple[Ed25519PublicKey, ...] | None = None
        self._fetched_at = 0.0
        self._attempted_at: float | None = None
        self._fixed = False

    @classmethod
    def from_keys(cls, jwks: Mapping[str, Any]) -> JWKS:
        """A fixed set of keys (a JWKS document already fetched); never fetches."""
        instance = cls(url="(fixed keys)")
        instance._keys = _parse_jwks(jwks, "the given keys")
        instance._fixed = True
        return instance

    def refresh(self) -> None:
        """Fetch the keys now (a fixed set is left as it is)."""
        with self._lock:
            if not self._fixed:
                self._fetch()

    def verify_signature(self, message: bytes, signature: bytes) -> bool:
        """True if any key signed `message`; refetches once for an unknown key."""
        with self._lock:
            keys = self._current()
        if _any_verifies(keys, message, signature):
            return True
        with self._lock:
            if self._fixed or not self._may_refetch():
                return False
            _log.info(
                "no cached key of %s verifies the signature: fetching the keys again", self.url
            )
            keys = self._fetch(keep_stale=True)
        return _any_verifies(keys, message, signature)

    # Under the lock ------------------------------------------------------------

    def _current(self) -> tuple[Ed25519PublicKey, ...]:
        if self._keys is None:
            return self._fetch()
        if not self._fixed and self._clock() - self._fetched_at >= self.ttl and self._may_refetch():
            return self._fetch(keep_stale=True)
        return self._keys

    def _may_refetch(self) -> bool:
        return self._attempted_at is None or self._clock() - self._attempted_at >= REFETCH_INTERVAL

    def _fetch(self, keep_stale: bool = False) -> tuple[Ed25519PublicKey, ...]:
        self._attempted_at = self._clock()
        try:
            keys = self._download()
        except WebhookVerificationError as exc:  # unreachable, or not a JWKS
            if keep_stale and self._keys is not None:
                _log.warning("%s; using the keys fetched before", exc)
                return self._keys
            raise
        self._keys = keys
        self._fetched_at = self._clock()
        return keys

    def _download(self) -> tuple[Ed25519PublicKey, ...]:
        try:
            if self._http is not None:
                response = self._http.get(self.url, timeout=_FETCH_TIMEOUT)
            else:
                with httpx.Client(timeout=_FETCH_TIMEOUT) as client:
                    response = client.get(self.url)
        except httpx.HTTPError as exc:
            raise JWKSFetchError(
                f"could not fetch the webhook keys from {self.url} ({type(exc).__name__}: {exc}); "
                "check this machine's network, or pass the keys with JWKS.from_keys(...)"
            ) from None
        if response.status_code != 200:
            raise JWKSFetchError(
                f"could not fetch the webhook keys from {self.url}: HTTP {response.status_code}"
            )
        try:
            data = response.json()
        except ValueError:
            raise WebhookVerificationError(
                f"malformed JWKS from {self.url}: not JSON ({response.text[:100]!r})"
            ) from None
        return _parse_jwks(data, self.url)

    def __repr__(self) -> str:
        return f"JWKS(url={self.url!r}, ttl={self.ttl})"


_DEFAULT_JWKS = JWKS()


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
    if not tolerance >= 0:
        raise ValueError(f"tolerance must be a number of seconds >= 0, not {tolerance!r}")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"body must be the raw bytes of the request, not {type(body).__name__}")
    body = bytes(body)
    lowered = {str(name).lower(): value for name, value in headers.items()}
    values: dict[str, str] = {}
    for name in _HEADERS:
        value = lowered.get(name.lower())
        if value is None or not str(value).strip():
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

    if isinstance(jwks, JWKS):
        cache = jwks
    elif jwks is None:
        cache = _DEFAULT_JWKS
    else:
        cache = None
    if cache is not None:
        verified = cache.verify_signature(message, signature)
        source = cache.url
    else:
        verified = _any_verifies(_parse_jwks(jwks, "the given keys"), message, signature)
        source = "the given keys"
    if not verified:
        raise WebhookVerificationError(
            f"the signature of request {request_id} matches no key of {source}: the body or a "
            "header was changed on the way, or it was signed by another key (a forged delivery, "
            "or keys of another server, e.g. the emulator's vs fal's). Do not trust it"
        )
    return _event(body, request_id, user_id, timestamp)


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
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise WebhookVerificationError(
            f"the signed body of request {request_id} is not JSON: {body[:100]!r}"
        ) from None
    if not isinstance(data, dict):
        raise WebhookVerificationError(
            f"the signed body of request {request_id} is not a JSON object: {body[:100]!r}"
        )

    def text(name: str, default: str | None = None) -> str | None:
        value = data.get(name, default)
        if value is None or isinstance(value, str):
            return value
        return json.dumps(value)

    status = text("status")
    payload = data.get("payload")
    if status is None or not (payload is None or isinstance(payload, dict)):
        raise WebhookVerificationError(
            f"the signed body of request {request_id} is not a fal webhook "
            '({"request_id", "status", "payload", ...} expected): ' + repr(body[:100])
        )
    rid = text("request_id") or request_id
    return WebhookEvent(
        request_id=rid,
        gateway_request_id=text("gateway_request_id") or rid,
        status=status,
        payload=payload,
        error=text("error"),
        payload_error=text("payload_error"),
        user_id=user_id,
        timestamp=timestamp,
    )

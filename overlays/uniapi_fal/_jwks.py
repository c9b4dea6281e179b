"""fal's webhook keys: a JWKS fetched within bounds and cached, its Ed25519 keys parsed.

A slow or hostile key server cannot hold a receiver: a fetch has a total deadline
(`JWKS(fetch_timeout=...)`, 10 s), its answer is capped at `MAX_JWKS_BYTES`, and the
document is parsed within bounds. Keys are refetched for an unknown signature at most
every `REFETCH_INTERVAL` seconds, and one fetch serves every thread and task waiting.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from . import _fork
from ._async_driver import AsyncTransport, drive_async
from ._bodies import ACCEPTED_ENCODINGS, DecodeError, LimitExceeded
from ._core.effects import Flow, Send
from ._exceptions import JWKSFetchError, WebhookVerificationError
from ._jsonread import JSONError, parse_json
from ._scrub import Scrubber
from ._sync_driver import SyncTransport, drive_sync

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FAL_JWKS_URL = "https://rest.fal.ai/.well-known/jwks.json"
"""Where fal publishes the public keys its webhooks are signed with."""

REFETCH_INTERVAL = 60.0
"""A JWKS is fetched again for an unknown signature at most this often (seconds)."""

DEFAULT_FETCH_TIMEOUT = 10.0
"""The total time (seconds) a JWKS fetch may take, trickling or stalled server included."""

MAX_JWKS_BYTES = 1024 * 1024
"""The largest JWKS answer read (after decompression); fal's is under a kilobyte."""

_MAX_ERROR_CHARS = 4000
_SCRUB = Scrubber(())
"""No secret is sent for the keys; this only makes server text safe to show."""
_Need = Literal["current", "miss", "force"]
_KEY_BYTES = 32
_INSTALL_HINT = "pip install 'uniapi-fal[webhooks]'"

_log = logging.getLogger("uniapi_fal.webhooks")


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


def parse_jwks(
    data: object, source: str, error: type[WebhookVerificationError] = WebhookVerificationError
) -> tuple[Ed25519PublicKey, ...]:
    """The Ed25519 keys of a JWKS document. Entries it cannot use (another key type, no
    or a bad `x`, not an object) are skipped and logged, as RFC 7517 section 5 asks: one
    broken key must not refuse every delivery signed with a good one.

    `error` is `JWKSFetchError` for a fetched document: a bad answer from the key server
    leaves the delivery unchecked, not forged, so the receiver should let fal retry.
    """

    def malformed(why: str) -> WebhookVerificationError:
        return error(
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
    unusable: list[str] = []
    for index, entry in enumerate(entries):
        raw, why = _key_bytes(entry)
        if raw is not None:
            keys.append(ed25519.Ed25519PublicKey.from_public_bytes(raw))
        elif why is not None:
            unusable.append(f"key {index}: {why}")
    if unusable:
        _log.warning("JWKS from %s: skipped %s", source, "; ".join(unusable[:5]))
    if not keys:
        detail = f" ({'; '.join(unusable[:3])})" if unusable else ""
        raise malformed(f"none of its {len(entries)} keys is a usable Ed25519 key{detail}")
    return tuple(keys)


def _key_bytes(entry: object) -> tuple[bytes | None, str | None]:
    """(the 32 bytes of an Ed25519 key entry, None) or (None, why it is unusable); (None,
    None) for a key of another type, which is simply not ours to use."""
    if not isinstance(entry, Mapping):
        return None, "not an object"
    if entry.get("kty") != "OKP" or entry.get("crv") != "Ed25519":
        return None, None
    x = entry.get("x")
    if not isinstance(x, str):
        return None, 'no "x" string'
    try:
        raw = base64.b64decode(x + "=" * (-len(x) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None, '"x" is not base64url'
    if len(raw) != _KEY_BYTES:
        return None, f'"x" is {len(raw)} bytes, an Ed25519 key is 32'
    return raw, None


def any_verifies(keys: Iterable[Ed25519PublicKey], message: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    for key in keys:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            continue
        return True
    return False


Keys = tuple["Ed25519PublicKey", ...]


def _fetched(url: str, deadline: float, timeout: float) -> Flow[Keys]:
    """One download of the keys, as a flow the sync and async drivers both run: the
    status and the size checked before the body is read, the body capped as it arrives
    (decompressed) and read by the deadline, then parsed."""
    request = {
        "method": "GET",
        "url": url,
        "headers": {"Accept-Encoding": ACCEPTED_ENCODINGS},
        "timeout": httpx.Timeout(max(deadline - time.monotonic(), 0.001)),
    }
    error: JWKSFetchError | None = None
    try:
        response: httpx.Response = yield Send(request, deadline, MAX_JWKS_BYTES)
    except LimitExceeded:
        error = _too_large(url)
    except DecodeError:
        error = JWKSFetchError(f"the webhook keys from {url} could not be decompressed")
    except httpx.TimeoutException:
        error = _too_slow(url, timeout)
    except httpx.HTTPError as exc:
        error = _unreachable(url, exc)
    if error is not None:
        raise error  # outside the `except`: no httpx error kept as its context
    if response.status_code != 200:
        raise JWKSFetchError(
            f"could not fetch the webhook keys from {url}: HTTP {response.status_code} "
            f"{_SCRUB.text(response.reason_phrase, 60)}".rstrip()
        )
    body = response.content
    del response
    try:
        data = parse_json(body)
    except JSONError as exc:
        raise JWKSFetchError(
            f"malformed JWKS from {url}: not JSON that can be read ({exc.reason}): "
            f"{_SCRUB.text(body[:100], 100)!r}"
        ) from None
    return parse_jwks(data, url, JWKSFetchError)


def _too_large(url: str) -> JWKSFetchError:
    return JWKSFetchError(
        f"the webhook keys from {url} are larger than {MAX_JWKS_BYTES} bytes: "
        "not a JWKS (fal's is under a kilobyte); nothing more was read"
    )


def _too_slow(url: str, timeout: float) -> JWKSFetchError:
    return JWKSFetchError(
        f"the webhook keys from {url} did not arrive within {timeout:g} s (a slow or stalled key "
        "server); answer with a 5xx so that fal delivers again later"
    )


def _unreachable(url: str, exc: Exception) -> JWKSFetchError:
    return JWKSFetchError(
        f"could not fetch the webhook keys from {url} "
        f"({type(exc).__name__}: {_SCRUB.text(exc, 200) or 'no detail'}); check this "
        "machine's network, or pass the keys with JWKS.from_keys(...)"
    )


class _Attempt:
    """One fetch of the keys, shared by every verifier that needs it while it runs."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self.keys: Keys | None = None
        self.error: Exception | None = None

    def finish(self, keys: Keys | None, error: Exception | None) -> None:
        self.keys, self.error = keys, error
        self._done.set()

    def wait(self, timeout: float) -> bool:
        return self._done.wait(max(timeout, 0.0))

    async def await_done(self, timeout: float) -> bool:
        """`wait` for async callers: in a worker thread, so the event loop runs on, and
        bounded as a whole (a thread may first have to be waited for)."""
        if not self._done.is_set() and timeout > 0:
            # The thread's wait ends by `timeout` on its own, so leaving it is cheap.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.to_thread(self._done.wait, timeout), timeout)
        return self._done.is_set()


class JWKS:
    """fal's public keys, fetched on first use and cached; thread-safe, and usable from
    sync (`verify`) and async (`averify`) receivers alike.

    The cache is refreshed after `ttl` seconds, and fetched once more (at most every
    `REFETCH_INTERVAL` seconds) when a signature matches none of the cached keys, so
    that a key fal has just rotated in is picked up. Keep one instance per process.
    If a refresh fails, the keys already known are used until one succeeds.

    A fetch has a total deadline of `fetch_timeout` seconds, which a key server that
    trickles or stalls cannot stretch, and no verifier waits for keys longer than that.
    Its answer is capped at `MAX_JWKS_BYTES` (decompressed). `http_client` and
    `async_http_client` are used for the fetch when given (else a client is made per
    fetch); `clock` (for `ttl` and `REFETCH_INTERVAL`) can be replaced in tests.
    """

    def __init__(
        self,
        url: str = FAL_JWKS_URL,
        *,
        ttl: float = 3600.0,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not ttl >= 0:
            raise ValueError(f"ttl must be a number of seconds >= 0, not {ttl!r}")
        if not 0 < fetch_timeout < math.inf:
            raise ValueError(
                f"fetch_timeout must be a number of seconds > 0, not {fetch_timeout!r}"
            )
        self.url = url
        self.ttl = ttl
        self.fetch_timeout = fetch_timeout
        self._http = http_client
        self._async_http = async_http_client
        self._clock = clock
        self._lock = threading.Lock()
        """Guards the fields below; held for no I/O and no wait, so never for long."""
        self._keys: Keys | None = None
        self._fetched_at = 0.0
        self._attempted_at: float | None = None
        self._attempt: _Attempt | None = None
        self._fixed = False
        _fork.register(self)

    def _after_fork(self) -> None:
        """In a forked child (a receiver's workers, gunicorn `--preload`): the parent's
        fetch never finishes here; the keys it had are kept."""
        self._lock = threading.Lock()
        self._attempt, self._attempted_at = None, None

    @classmethod
    def from_keys(cls, jwks: Mapping[str, Any]) -> JWKS:
        """A fixed set of keys (a JWKS document already fetched); never fetches."""
        instance = cls(url="(fixed keys)")
        instance._keys = parse_jwks(jwks, "the given keys")
        instance._fixed = True
        return instance

    def refresh(self) -> None:
        """Fetch the keys now (a fixed set is left as it is)."""
        self._keys_sync("force")

    async def arefresh(self) -> None:
        """`refresh` for async code."""
        await self._keys_async("force")

    def verify_signature(self, message: bytes, signature: bytes) -> bool:
        """True if any key signed `message`; refetches once for an unknown key."""
        keys = self._keys_sync("current")
        if keys is not None and any_verifies(keys, message, signature):
            return True
        fresher = self._keys_sync("miss")
        return (
            fresher is not None
            and fresher is not keys
            and any_verifies(fresher, message, signature)
        )

    async def averify_signature(self, message: bytes, signature: bytes) -> bool:
        """`verify_signature` for async code: the fetch never blocks the event loop."""
        keys = await self._keys_async("current")
        if keys is not None and any_verifies(keys, message, signature):
            return True
        fresher = await self._keys_async("miss")
        return (
            fresher is not None
            and fresher is not keys
            and any_verifies(fresher, message, signature)
        )

    # The two drivers: each asks _plan what to do, fetches if it must, then _outcome. ----

    def _keys_sync(self, need: _Need) -> Keys | None:
        known, attempt, starts = self._plan(need)
        if attempt is None:
            return known
        deadline = time.monotonic() + self.fetch_timeout
        if starts:
            # In a thread of its own: a socket read cannot be cut short from here, but
            # waiting for it can, so a stalled server holds the thread, not the caller.
            worker = threading.Thread(
                target=self._fetch_sync,
                args=(attempt, deadline),
                name=f"uniapi-fal JWKS fetch of {self.url}",
                daemon=True,
            )
            try:
                worker.start()
            except RuntimeError as exc:  # no thread to be had: settle, or it blocks all others
                self._settle(attempt, None, _unreachable(self.url, exc))
        finished = attempt.wait(deadline - time.monotonic())
        return self._outcome(attempt, finished, known)

    async def _keys_async(self, need: _Need) -> Keys | None:
        known, attempt, starts = self._plan(need)
        if attempt is None:
            return known
        deadline = time.monotonic() + self.fetch_timeout
        if starts:
            await self._fetch_async(attempt, deadline)
            finished = True
        else:
            finished = await attempt.await_done(deadline - time.monotonic())
        return self._outcome(attempt, finished, known)

    # I/O-free steps -----------------------------------------------------------

    def _plan(self, need: _Need) -> tuple[Keys | None, _Attempt | None, bool]:
        """(keys to use, or to fall back on; the fetch to wait for; whether to start it).

        "current": the cached keys, fetched first if there are none or they are past
        `ttl`; "miss": fresher keys after a signature matched none (None if a fetch is
        not due yet); "force": a fetch now.
        """
        with self._lock:
            keys = self._keys
            if self._fixed:
                return (keys if need == "current" else None), None, False
            due = self._attempted_at is None or (
                self._clock() - self._attempted_at >= REFETCH_INTERVAL
            )
            if need == "current" and keys is not None:
                if not (self._clock() - self._fetched_at >= self.ttl and due):
                    return keys, None, False
            elif need == "miss" and not due:
                return None, None, False
            fallback = None if need == "force" else keys
            if self._attempt is not None:
                return fallback, self._attempt, False
            if need == "miss":
                _log.info(
                    "no cached key of %s verifies the signature: fetching the keys again",
                    self.url,
                )
            self._attempted_at = self._clock()
            self._attempt = _Attempt()
            return fallback, self._attempt, True

    def _settle(self, attempt: _Attempt, keys: Keys | None, error: Exception | None) -> None:
        with self._lock:
            if keys is not None:
                self._keys = keys
                self._fetched_at = self._clock()
            if self._attempt is attempt:
                self._attempt = None
        attempt.finish(keys, error)

    def _outcome(self, attempt: _Attempt, finished: bool, fallback: Keys | None) -> Keys:
        """The fetched keys, else the keys known before (logged), else the error."""
        if finished and attempt.keys is not None:
            return attempt.keys
        error = attempt.error if finished else _too_slow(self.url, self.fetch_timeout)
        if isinstance(error, WebhookVerificationError):
            if fallback is not None:
                _log.warning("%s; using the keys fetched before", error)
                return fallback
            # A fresh exception per waiter: one object raised in several threads at once
            # would share (and garble) one traceback.
            raise type(error)(*error.args) from None
        assert error is not None  # finished without keys means finished with an error
        raise error

    # I/O ------------------------------------------------------------------------

    def _fetch_sync(self, attempt: _Attempt, deadline: float) -> None:
        keys: Keys | None = None
        error: Exception | None = None
        try:
            keys = self._download_sync(deadline)
        except Exception as exc:  # handed to every waiter; nothing may vanish in a thread
            error = exc
        self._settle(attempt, keys, error)

    def _download_sync(self, deadline: float) -> Keys:
        with contextlib.ExitStack() as stack:
            client = self._http or stack.enter_context(httpx.Client())
            transport = SyncTransport.bare(client, _SCRUB.text, time.monotonic)
            return drive_sync(transport, _fetched(self.url, deadline, self.fetch_timeout))

    async def _fetch_async(self, attempt: _Attempt, deadline: float) -> None:
        keys: Keys | None = None
        error: Exception | None = JWKSFetchError(
            f"the fetch of the webhook keys from {self.url} was cancelled"
        )
        try:
            keys = await self._download_async(deadline)
            error = None
        except Exception as exc:
            error = exc
        finally:  # also when cancelled: the verifiers waiting on this attempt go on
            self._settle(attempt, keys, error)

    async def _download_async(self, deadline: float) -> Keys:
        async with contextlib.AsyncExitStack() as stack:
            client = self._async_http
            if client is None:
                client = await stack.enter_async_context(httpx.AsyncClient())
            transport = AsyncTransport.bare(client, _SCRUB.text, time.monotonic)
            return await drive_async(transport, _fetched(self.url, deadline, self.fetch_timeout))

    def __repr__(self) -> str:
        return f"JWKS(url={self.url!r}, ttl={self.ttl})"


DEFAULT_JWKS = JWKS()

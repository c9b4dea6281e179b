"""The API key: kept out of reprs, and sent to the configured origin only."""

from __future__ import annotations

import logging
from collections.abc import Generator

import httpx

from ._logs import log
from ._scrub import Scrubber
from ._types import AuthScheme


class APIKey:
    """Holds the key; `repr`/`str` never show it, so it cannot leak into logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "APIKey('****')"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("an APIKey cannot be pickled")


CREDENTIAL = "uniapi_fal.credential"
"""A request extension: the whole `Authorization` value for that request (an `APIKey`)."""


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return _origin(a) == _origin(b)


class HostBoundAuth(httpx.Auth):
    """Adds `Authorization: <scheme> <key>` only to requests for the configured origins
    (the queue's, and fal's other keyed hosts: `_hosts`).

    Every request the SDK sends passes through here, so a URL taken from a server
    answer (or a redirect) on another host never receives the key. A request that
    carries a credential of its own (`CREDENTIAL`: the CDN's token) gets that instead,
    whatever its host.
    """

    def __init__(
        self,
        key: APIKey,
        scheme: AuthScheme,
        origins: httpx.URL | tuple[httpx.URL, ...],
        scrubber: Scrubber,
    ) -> None:
        self._key = key
        self._scheme = scheme
        self._origins = origins if isinstance(origins, tuple) else (origins,)
        self._keyed = frozenset(_origin(url) for url in self._origins)
        self._scrubber = scrubber  # URLs may hold server-given parts

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        own = request.extensions.get(CREDENTIAL)
        if isinstance(own, APIKey):
            request.headers["Authorization"] = own.reveal()
        elif _origin(request.url) in self._keyed:
            request.headers["Authorization"] = f"{self._scheme} {self._key.reveal()}"
        else:
            request.headers.pop("Authorization", None)
        debug = log.isEnabledFor(logging.DEBUG)
        if debug:
            log.debug(
                "request %s %s headers=%s",
                request.method,
                self._scrubber.text(request.url, limit=2000),
                self._scrubber.headers(request.headers),
            )
        response = yield request
        if debug:
            log.debug(
                "response %s %s -> %s",
                request.method,
                self._scrubber.text(request.url, limit=2000),
                response.status_code,
            )

    def __repr__(self) -> str:
        origins = ", ".join(str(origin) for origin in self._origins)
        return f"HostBoundAuth(scheme={self._scheme!r}, origins=[{origins}])"

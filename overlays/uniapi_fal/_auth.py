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


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class HostBoundAuth(httpx.Auth):
    """Adds `Authorization: <scheme> <key>` only to requests for the configured origin.

    Every request the SDK sends passes through here, so a URL taken from a server
    answer (or a redirect) on another host never receives the key.
    """

    def __init__(
        self, key: APIKey, scheme: AuthScheme, origin: httpx.URL, scrubber: Scrubber
    ) -> None:
        self._key = key
        self._scheme = scheme
        self._origin = origin
        self._scrubber = scrubber  # URLs may hold server-given parts

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if same_origin(request.url, self._origin):
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
        return f"HostBoundAuth(scheme={self._scheme!r}, origin={str(self._origin)!r})"

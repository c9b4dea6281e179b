"""The SDK's own httpx clients keep no cookies.

fal's queue sets none, the key is the only credential, and a cookie a server or a proxy
sets would otherwise ride along on later requests. It also saves work: httpx reads each
answer's cookies through a urllib request it builds for the purpose, 4 % of a submit's
CPU. A client the caller passes (`http_client=`) is used as it is.
"""

from __future__ import annotations

import httpx


class _NoCookies(httpx.Cookies):
    """Always empty: what an answer sets is dropped unread."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        return None


class _KeepsNone:
    """The cookie store of the clients below: always the empty one."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        return None


class CookielessClient(_KeepsNone, httpx.Client):
    """`httpx.Client` whose cookie store keeps nothing."""


class CookielessAsyncClient(_KeepsNone, httpx.AsyncClient):
    """`httpx.AsyncClient` whose cookie store keeps nothing."""


_NO_COOKIES = _NoCookies()

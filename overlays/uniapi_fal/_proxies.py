"""The proxies of the environment (`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`...), for the
`AsyncClient`'s own transports.

httpx's client applies them only when it makes its transport itself; the SDK's pools
(`_pool`, `_aiohttp`) are given to it, so they apply them here, read once when the pool
is made, as httpx's client reads them (aiohttp's `trust_env` reads them again for every
request: a third of the client's CPU on 1,000 jobs).
"""

from __future__ import annotations

import urllib.request

import httpx


class EnvironmentProxies:
    """`proxy_for(url)`: the proxy URL to send it through, or None."""

    def __init__(self) -> None:
        self._proxies = urllib.request.getproxies()
        self._found: dict[tuple[str, str], str | None] = {}

    def proxy_for(self, url: httpx.URL) -> str | None:
        key = (url.scheme, url.host)
        if key not in self._found:
            found = self._proxies.get(url.scheme) or self._proxies.get("all")
            bypassed = found and urllib.request.proxy_bypass(url.host)  # NO_PROXY
            self._found[key] = None if bypassed else found
        return self._found[key]

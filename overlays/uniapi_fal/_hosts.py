"""Where each of fal's services is, from the client's base URL.

fal spreads its API over hosts: the queue (`queue.fal.run`), the synchronous path and
streams (`fal.run`), the REST host that hands out storage and realtime tokens
(`rest.fal.ai`), the CDN that takes uploads (`v3.fal.media`) and the realtime WebSocket
(`wss://fal.run`). With fal's queue as the base URL the client uses fal's hosts; with any
other base URL (the UniAPI gateway, the emulator, a proxy) every service sits under that
base, each at a path of its own (`/_run`, `/_rest`, `/_cdn`), so one origin serves them
all. Each can be set apart (`Hosts`).

The API key goes to the queue, the synchronous path and the REST host only; the CDN gets
the short-lived token the REST host gave, and the WebSocket a realtime token.
"""

from __future__ import annotations

from typing import NamedTuple

import httpx

from ._exceptions import ConfigurationError

FAL_QUEUE_HOST = "queue.fal.run"
FAL_HOSTS = {
    "run": "https://fal.run",
    "rest": "https://rest.fal.ai",
    "cdn": "https://v3.fal.media",
    "realtime": "wss://fal.run",
}
"""fal's own, for a client whose base URL is fal's queue."""
PATHS = {"run": "/_run", "rest": "/_rest", "cdn": "/_cdn"}
"""Under any other base URL: where each service sits (the realtime one is `run`'s, as a
WebSocket URL)."""


def _url(value: str, name: str, schemes: tuple[str, ...]) -> httpx.URL:
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"Hosts({name}={value!r}) is not a URL: {exc}") from None
    if url.scheme not in schemes or not url.host:
        raise ConfigurationError(
            f"Hosts({name}={value!r}) must be a {' or '.join(schemes)} URL"
            f" (as {FAL_HOSTS[name]} is for fal)"
        )
    return url.copy_with(query=None, fragment=None)


class Hosts(NamedTuple):
    """Where to reach fal's services other than the queue; each left as None is derived
    from the base URL (fal's hosts for fal's queue, paths under it otherwise).

    ```python
    Client(base_url="https://my-proxy.example", hosts=Hosts(cdn="https://v3.fal.media"))
    ```
    """

    run: str | None = None
    """The synchronous path and streams (`https://fal.run`)."""
    rest: str | None = None
    """Storage and realtime tokens (`https://rest.fal.ai`)."""
    cdn: str | None = None
    """Uploads (`https://v3.fal.media`)."""
    realtime: str | None = None
    """The realtime WebSocket (`wss://fal.run`)."""


class Resolved(NamedTuple):
    """Every service's URL, checked."""

    queue: httpx.URL
    run: httpx.URL
    rest: httpx.URL
    cdn: httpx.URL
    realtime: httpx.URL

    def given(self) -> Hosts:
        """The same, as a client's `hosts=` (for a client made from this one)."""
        return Hosts(str(self.run), str(self.rest), str(self.cdn), str(self.realtime))

    def keyed(self) -> tuple[httpx.URL, ...]:
        """The origins that receive the API key."""
        return (self.queue, self.run, self.rest)


def is_fal(base_url: httpx.URL) -> bool:
    """Whether the base URL is fal's own queue."""
    return base_url.host == FAL_QUEUE_HOST


def resolve(base_url: httpx.URL, given: Hosts | None) -> Resolved:
    """Every service's URL: those given, the rest derived from `base_url`."""
    if given is not None and not isinstance(given, Hosts):
        raise ConfigurationError(f"hosts= must be a uniapi_fal.Hosts, not {type(given).__name__}")
    given = given or Hosts()
    fal = is_fal(base_url)
    base = str(base_url).rstrip("/")

    def derived(name: str) -> str:
        if fal:
            return FAL_HOSTS[name]
        if name == "realtime":
            scheme = "wss" if base_url.scheme == "https" else "ws"
            return scheme + base[len(base_url.scheme) :] + PATHS["run"]
        return base + PATHS[name]

    def pick(name: str, schemes: tuple[str, ...]) -> httpx.URL:
        value = getattr(given, name)
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"Hosts({name}=...) must be a URL string, not {value!r}")
        return _url(value if value is not None else derived(name), name, schemes)

    web = ("http", "https")
    return Resolved(
        queue=base_url,
        run=pick("run", web),
        rest=pick("rest", web),
        cdn=pick("cdn", web),
        realtime=pick("realtime", ("ws", "wss")),
    )

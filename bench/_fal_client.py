"""fal-client 1.0.3 pointed at the emulator.

fal-client builds submit URLs from the module constant `fal_client.client.QUEUE_URL_FORMAT`,
set at import to `https://{FAL_QUEUE_RUN_HOST}/`: the `FAL_QUEUE_RUN_HOST` variable can
change the host but not the scheme, and the emulator speaks plain HTTP. So the harness
overrides the constant. Status, result and cancel then follow the `status_url` /
`response_url` the emulator returned (on `localhost:<port>`, i.e. 127.0.0.1), as fal-client
always does. The key is given to the client, which sends `Authorization: Key <key>` on
every request.

What fal-client does while waiting (`SyncRequestHandle.get` / `AsyncRequestHandle.get`,
and `subscribe`, which calls them): `iter_events` polls `GET status_url?logs=false` every
`DEFAULT_QUEUE_POLL_INTERVAL` (0.1 s, fixed, no back-off) until COMPLETED, then GETs the
result. It never uses the status stream (`/status/stream`).
"""

from __future__ import annotations

import time
from typing import Any

import fal_client
import fal_client.client

from ._proc import API_KEY

DEFAULT_POLL_INTERVAL: float = fal_client.client.DEFAULT_QUEUE_POLL_INTERVAL


def point_at(base_url: str) -> None:
    """Send fal-client's submits to `base_url` instead of https://queue.fal.run."""
    fal_client.client.QUEUE_URL_FORMAT = base_url.rstrip("/") + "/"


def sync_client(base_url: str) -> fal_client.SyncClient:
    point_at(base_url)
    return fal_client.SyncClient(key=API_KEY)


def async_client(base_url: str) -> fal_client.AsyncClient:
    point_at(base_url)
    return fal_client.AsyncClient(key=API_KEY)


def submit_and_get(
    client: fal_client.SyncClient, endpoint: str, arguments: dict[str, Any], pause: float = 0.0
) -> str:
    """Submit, pause, wait the default way (`handle.get()`), return the request_id."""
    handle = client.submit(endpoint, arguments)
    time.sleep(pause)
    handle.get()
    return handle.request_id


async def submit_and_get_async(
    client: fal_client.AsyncClient, endpoint: str, arguments: dict[str, Any]
) -> str:
    handle = await client.submit(endpoint, arguments)
    await handle.get()
    return handle.request_id

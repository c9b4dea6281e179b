"""The clients' own pools keep no cookies; a caller's pool keeps its own."""

from __future__ import annotations

import httpx
import pytest

from uniapi_fal import AsyncClient, Client
from uniapi_fal._cookieless import CookielessAsyncClient, CookielessClient

from .conftest import TEST_KEY


def _sets_a_cookie(request: httpx.Request) -> httpx.Response:
    seen = request.headers.get("cookie")
    return httpx.Response(200, headers={"set-cookie": "lb=abc; Path=/"}, json={"seen": seen})


def test_an_answer_s_cookie_is_never_sent_back() -> None:
    with CookielessClient(transport=httpx.MockTransport(_sets_a_cookie)) as http:
        http.get("http://127.0.0.1:9/a")
        assert http.get("http://127.0.0.1:9/b").json() == {"seen": None}
        http.cookies = {"set": "by hand"}
        assert not http.cookies and http.get("http://127.0.0.1:9/c").json() == {"seen": None}
    with httpx.Client(transport=httpx.MockTransport(_sets_a_cookie)) as plain:
        plain.get("http://127.0.0.1:9/a")
        assert plain.get("http://127.0.0.1:9/b").json() == {"seen": "lb=abc"}  # the contrast


@pytest.mark.anyio
async def test_the_async_pool_keeps_none_either() -> None:
    async with CookielessAsyncClient(transport=httpx.MockTransport(_sets_a_cookie)) as http:
        await http.get("http://127.0.0.1:9/a")
        assert (await http.get("http://127.0.0.1:9/b")).json() == {"seen": None}


def test_the_clients_make_cookieless_pools_and_keep_a_caller_s() -> None:
    with Client(api_key=TEST_KEY) as client:
        assert isinstance(client._http, CookielessClient)
    mine = httpx.Client()
    with Client(api_key=TEST_KEY, http_client=mine) as client:
        assert client._http is mine
    mine.close()
    for backend in ("httpx", "aiohttp"):
        made = AsyncClient(api_key=TEST_KEY, http_backend=backend)._new_pool()
        assert isinstance(made, CookielessAsyncClient)

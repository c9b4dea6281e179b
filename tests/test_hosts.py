"""Where fal's services are (`_hosts`), which of them get the key, and fal's own key
variables."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal import Client, ConfigurationError, Hosts, MissingAPIKeyError
from uniapi_fal._auth import CREDENTIAL, APIKey
from uniapi_fal._hosts import resolve

from .conftest import TEST_KEY

FAL_QUEUE = "https://queue.fal.run"


def test_fals_queue_means_fals_hosts() -> None:
    hosts = resolve(httpx.URL(FAL_QUEUE), None)
    assert str(hosts.run) == "https://fal.run"
    assert str(hosts.rest) == "https://rest.fal.ai"
    assert str(hosts.cdn) == "https://v3.fal.media"
    assert str(hosts.realtime) == "wss://fal.run"


@given(
    scheme=st.sampled_from(["http", "https"]),
    host=st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z]{2,6}){0,2}", fullmatch=True),
    port=st.none() | st.integers(1, 65535),
    prefix=st.sampled_from(["", "/", "/v1", "/fal/"]),
)
def test_any_other_base_url_holds_every_service_under_it(
    scheme: str, host: str, port: int | None, prefix: str
) -> None:
    netloc = host if port is None else f"{host}:{port}"
    base = httpx.URL(f"{scheme}://{netloc}{prefix}")
    if base.host == "queue.fal.run":
        return
    hosts = resolve(base, None)
    under = str(base).rstrip("/")
    assert str(hosts.run) == under + "/_run"
    assert str(hosts.rest) == under + "/_rest"
    assert str(hosts.cdn) == under + "/_cdn"
    assert hosts.realtime.scheme == ("wss" if scheme == "https" else "ws")
    assert (hosts.realtime.host, hosts.realtime.port) == (base.host, base.port)
    assert hosts.realtime.path == hosts.run.path
    assert {(u.scheme, u.host, u.port) for u in hosts.keyed()} == {
        (base.scheme, base.host, base.port)
    }


def test_each_host_can_be_set_and_a_bad_one_is_refused_when_the_client_is_made() -> None:
    hosts = resolve(httpx.URL(FAL_QUEUE), Hosts(cdn="http://127.0.0.1:9/cdn"))
    assert str(hosts.cdn) == "http://127.0.0.1:9/cdn" and str(hosts.run) == "https://fal.run"
    for bad in (Hosts(run="ftp://x"), Hosts(realtime="https://fal.run"), Hosts(rest="not a url")):
        with pytest.raises(ConfigurationError, match="Hosts"):
            Client(api_key=TEST_KEY, hosts=bad)
    with pytest.raises(ConfigurationError, match="hosts="):
        Client(api_key=TEST_KEY, hosts={"run": "https://fal.run"})  # type: ignore[arg-type]


def test_the_key_goes_to_the_queue_run_and_rest_hosts_only() -> None:
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[str(request.url)] = request.headers.get("authorization")
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Client(api_key=TEST_KEY, base_url=FAL_QUEUE, http_client=http) as client:
        for url in (
            "https://queue.fal.run/x",
            "https://fal.run/x",
            "https://rest.fal.ai/x",
            "https://v3.fal.media/x",
            "https://fal.media/x",
        ):
            http.get(url, auth=client._auth)
        http.get(
            "https://queue.fal.run/cdn-on-the-queue-host",
            auth=client._auth,
            extensions={CREDENTIAL: APIKey("Bearer cdn-token")},
        )
    assert seen == {
        "https://queue.fal.run/x": f"Key {TEST_KEY}",
        "https://fal.run/x": f"Key {TEST_KEY}",
        "https://rest.fal.ai/x": f"Key {TEST_KEY}",
        "https://v3.fal.media/x": None,
        "https://fal.media/x": None,
        "https://queue.fal.run/cdn-on-the-queue-host": "Bearer cdn-token",
    }


def test_fal_key_is_read_for_fals_queue_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAL_KEY", "fal-key-0123456789")
    with Client(base_url=FAL_QUEUE) as client:
        assert client._key.reveal() == "fal-key-0123456789"
    with pytest.raises(MissingAPIKeyError, match="FAL_KEY"):
        Client(base_url="https://api.uniapi.io")
    monkeypatch.setenv("UNIAPI_API_KEY", "uniapi-key-0123456789")
    with Client(base_url=FAL_QUEUE) as client:  # the UniAPI key comes first
        assert client._key.reveal() == "uniapi-key-0123456789"


def test_fal_key_id_and_secret_make_one_key_whose_parts_are_scrubbed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAL_KEY_ID", "key-id-0123456789")
    monkeypatch.setenv("FAL_KEY_SECRET", "secret-abcdefghij")
    with Client(base_url=FAL_QUEUE) as client:
        assert client._key.reveal() == "key-id-0123456789:secret-abcdefghij"
        said = client._scrubber.text("id key-id-0123456789, secret secret-abcdefghij")
    assert "0123456789" not in said and "abcdefghij" not in said
    monkeypatch.delenv("FAL_KEY_SECRET")
    with pytest.raises(MissingAPIKeyError):
        Client(base_url=FAL_QUEUE)

"""Queue URLs moved onto the configured host: the fast split agrees with httpx's parse."""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal import _urls

BASES = [httpx.URL("https://api.uniapi.io"), httpx.URL("http://127.0.0.1:8123/fal/")]

segment = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="/?#"),
    min_size=1,
    max_size=12,
)
urls = st.builds(
    lambda scheme, host, parts, query: f"{scheme}://{host}/{'/'.join(parts)}{query}",
    st.sampled_from(["https", "http", "HTTPS", "ftp"]),
    st.sampled_from(["queue.fal.run", "Q.FAL.RUN", "127.0.0.1:9", "[::1]:80", "h", ""]),
    st.lists(segment, max_size=6),
    st.sampled_from(["", "?logs=1", "?a=b&c=%20"]),
)


def _by_httpx(url: str, base: httpx.URL) -> str | None:
    """The rewrite as httpx parses the URL: the reference."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return None
    prefix = base.path.rstrip("/")
    path = parsed.raw_path.decode("ascii")
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    return _urls.join(base, path)


@given(url=urls | st.text(max_size=40), base=st.sampled_from(BASES))
def test_a_rewritten_url_is_on_the_configured_host_and_as_httpx_reads_it(
    url: str, base: httpx.URL
) -> None:
    moved = _urls.rewrite(url, base)
    expected = _by_httpx(url, base)
    if moved is None:
        assert expected is None
        return
    sent = httpx.URL(moved)  # as the request will be built
    assert (sent.scheme, sent.host, sent.port) == (base.scheme, base.host, base.port)
    if expected is not None:
        assert sent == httpx.URL(expected)


names = segment.filter(lambda text: text not in (".", ".."))  # dot segments are syntax


@given(owner=names, app=names)
def test_the_app_of_a_queue_url_is_read_from_its_path(owner: str, app: str) -> None:
    url = f"https://queue.fal.run/{owner}/{app}/requests/req-1/status?logs=1"
    found = _urls.queue_app(url, "req-1")
    decoded = httpx.URL(url).path.split("/")
    assert found == ((decoded[1], decoded[2]) if "/" not in owner + app else found)


def test_what_is_not_a_queue_url_gives_none() -> None:
    base = BASES[0]
    for url in (None, "", "/fal-ai/flux/requests/x", "ftp://h/x", "https:///x", "https://h/\x00"):
        assert _urls.rewrite(url, base) is None
        assert _urls.queue_app(url, "x") is None

"""The emulator's switches as a user tries them: files not served, fields the spec does not
list, defaults shown in `--help`."""

from __future__ import annotations

import httpx
import pytest

from fal_queue_emulator import EmulatorConfig, run_in_thread
from fal_queue_emulator.__main__ import main as emulator_main
from fal_queue_emulator._outputs import UNSERVED_FILES_BASE
from uniapi_fal import Client, UnprocessableEntityError

from .conftest import SPEC, TEST_KEY

FAST = {"queue_seconds": 0.01, "run_seconds": 0.02, "log_interval": 0.01}


def test_without_serve_files_no_output_points_at_the_emulator() -> None:
    with run_in_thread(EmulatorConfig(spec_path=SPEC, serve_files=False, **FAST)) as server:
        with Client(api_key=TEST_KEY, base_url=server.base_url, journal=False) as client:
            out = client.run("fal-ai/flux/schnell", {"prompt": "p"})  # generated, no example
            url = out.images[0].url
            served = httpx.get(server.base_url + "/_emulator/files/x/0/a.png")
    assert url.startswith(UNSERVED_FILES_BASE + "/") and server.base_url not in url
    assert served.status_code == 404 and "no-serve-files" in served.text


def test_served_files_are_the_default_and_download() -> None:
    with run_in_thread(EmulatorConfig(spec_path=SPEC, **FAST)) as server:
        with Client(api_key=TEST_KEY, base_url=server.base_url, journal=False) as client:
            url = client.run("fal-ai/flux/schnell", {"prompt": "p"}).images[0].url
            assert url.startswith(server.base_url) and httpx.get(url).status_code == 200


def test_fields_the_spec_lacks_are_refused_unless_accepted() -> None:
    extra = {"brand_new_field": [1, 2]}
    with run_in_thread(EmulatorConfig(spec_path=SPEC, **FAST)) as server:
        with Client(api_key=TEST_KEY, base_url=server.base_url, journal=False) as client:
            with pytest.raises(UnprocessableEntityError, match="brand_new_field"):
                client.submit("fal-ai/flux/schnell", {"prompt": "p"}, extra_body=extra)
    config = EmulatorConfig(spec_path=SPEC, accept_extra_fields=True, **FAST)
    with run_in_thread(config) as server:
        with Client(api_key=TEST_KEY, base_url=server.base_url, journal=False) as client:
            assert client.run("fal-ai/flux/schnell", {"prompt": "p"}, extra_body=extra).images
        (sent,) = server.emulator.requests_of("submit")
    assert sent.body["brand_new_field"] == [1, 2]


def test_help_shows_the_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        emulator_main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    for shown in (
        "IN_QUEUE (default 1)",
        "IN_PROGRESS (default 3)",
        "(default 0.5)",
        "each 0 by default",
        "--accept-extra-fields",
        "default: on",
    ):
        assert shown in text, shown

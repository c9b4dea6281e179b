from __future__ import annotations

from types import ModuleType

import uniapi_fal


def test_all_is_exactly_the_public_names_sorted() -> None:
    public = {
        name
        for name in dir(uniapi_fal)
        if not name.startswith("_") and not isinstance(getattr(uniapi_fal, name), ModuleType)
    }
    assert set(uniapi_fal.__all__) == public | {"__version__"}
    assert uniapi_fal.__all__ == sorted(uniapi_fal.__all__, key=str.casefold)


def test_exports_show_the_public_module() -> None:
    assert repr(uniapi_fal.Client).startswith("<class 'uniapi_fal.Client'")

"""The generated attrs models (every model's `<Name>Input` and `<Name>Output`, and the
shared types), importable from here and loaded on first use.

```python
from uniapi_fal.models import KlingVideoV21StandardImageToVideoInput
```

For type checkers this namespace declares every model (one stub, about 3,000 classes with
the whole catalogue). Each model also has its own module, `uniapi_fal_api.models.<snake
name>` (`uniapi_fal_api.models.flux_dev_input.FluxDevInput`): importing from there makes
mypy and pyright read that model only, which keeps a cold type check as fast as with a
six-model spec. Both give the same classes at run time; a type checker sees two
declarations of each, so use one of the two ways throughout a project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import uniapi_fal_api.models as _generated
from uniapi_fal_api.types import UNSET, Unset

if TYPE_CHECKING:
    from uniapi_fal_api.all_models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return sorted([*_generated.__all__, "UNSET", "Unset"])


__all__ = ["UNSET", "Unset", *_generated.__all__]  # noqa: PLE0605

"""The generated attrs models (every model's `<Name>Input` and `<Name>Output`, and the
shared types), importable from here and loaded on first use.

```python
from uniapi_fal.models import KlingVideoV21StandardImageToVideoInput
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import uniapi_fal_api.models as _generated
from uniapi_fal_api.types import UNSET, Unset

if TYPE_CHECKING:
    from uniapi_fal_api.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return sorted([*_generated.__all__, "UNSET", "Unset"])


__all__ = ["UNSET", "Unset", *_generated.__all__]  # noqa: PLE0605

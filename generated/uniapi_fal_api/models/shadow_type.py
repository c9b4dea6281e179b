from typing import Literal

ShadowType = Literal["Drop", "Generative"]

SHADOW_TYPE_VALUES: set[ShadowType] = {
    "Drop",
    "Generative",
}


def check_shadow_type(value: str) -> ShadowType:
    if value in SHADOW_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHADOW_TYPE_VALUES!r}")

from typing import Literal

Veo31FastInputAspectRatio = Literal["16:9", "9:16"]

VEO_31_FAST_INPUT_ASPECT_RATIO_VALUES: set[Veo31FastInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_fast_input_aspect_ratio(value: str) -> Veo31FastInputAspectRatio:
    if value in VEO_31_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )

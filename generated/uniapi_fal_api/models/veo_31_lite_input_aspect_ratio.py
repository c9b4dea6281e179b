from typing import Literal

Veo31LiteInputAspectRatio = Literal["16:9", "9:16"]

VEO_31_LITE_INPUT_ASPECT_RATIO_VALUES: set[Veo31LiteInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_lite_input_aspect_ratio(value: str) -> Veo31LiteInputAspectRatio:
    if value in VEO_31_LITE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

Veo3InputAspectRatio = Literal["16:9", "9:16"]

VEO_3_INPUT_ASPECT_RATIO_VALUES: set[Veo3InputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_3_input_aspect_ratio(value: str) -> Veo3InputAspectRatio:
    if value in VEO_3_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

Veo2InputAspectRatio = Literal["16:9", "9:16"]

VEO_2_INPUT_ASPECT_RATIO_VALUES: set[Veo2InputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_2_input_aspect_ratio(value: str) -> Veo2InputAspectRatio:
    if value in VEO_2_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_2_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

HeygenAvatar3DigitalTwinInputAspectRatio = Literal["16:9", "1:1", "4:5", "5:4", "9:16"]

HEYGEN_AVATAR_3_DIGITAL_TWIN_INPUT_ASPECT_RATIO_VALUES: set[
    HeygenAvatar3DigitalTwinInputAspectRatio
] = {
    "16:9",
    "1:1",
    "4:5",
    "5:4",
    "9:16",
}


def check_heygen_avatar_3_digital_twin_input_aspect_ratio(
    value: str,
) -> HeygenAvatar3DigitalTwinInputAspectRatio:
    if value in HEYGEN_AVATAR_3_DIGITAL_TWIN_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_3_DIGITAL_TWIN_INPUT_ASPECT_RATIO_VALUES!r}"
    )

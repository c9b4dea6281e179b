from typing import Literal

HeygenAvatar4DigitalTwinInputAspectRatio = Literal["16:9", "1:1", "4:5", "5:4", "9:16", "auto"]

HEYGEN_AVATAR_4_DIGITAL_TWIN_INPUT_ASPECT_RATIO_VALUES: set[
    HeygenAvatar4DigitalTwinInputAspectRatio
] = {
    "16:9",
    "1:1",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_heygen_avatar_4_digital_twin_input_aspect_ratio(
    value: str,
) -> HeygenAvatar4DigitalTwinInputAspectRatio:
    if value in HEYGEN_AVATAR_4_DIGITAL_TWIN_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_4_DIGITAL_TWIN_INPUT_ASPECT_RATIO_VALUES!r}"
    )

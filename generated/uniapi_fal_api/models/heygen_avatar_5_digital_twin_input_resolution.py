from typing import Literal

HeygenAvatar5DigitalTwinInputResolution = Literal["1080p", "4k", "720p"]

HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_RESOLUTION_VALUES: set[
    HeygenAvatar5DigitalTwinInputResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_heygen_avatar_5_digital_twin_input_resolution(
    value: str,
) -> HeygenAvatar5DigitalTwinInputResolution:
    if value in HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_RESOLUTION_VALUES!r}"
    )

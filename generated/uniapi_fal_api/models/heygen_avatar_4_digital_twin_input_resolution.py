from typing import Literal

HeygenAvatar4DigitalTwinInputResolution = Literal["1080p", "360p", "480p", "540p", "720p"]

HEYGEN_AVATAR_4_DIGITAL_TWIN_INPUT_RESOLUTION_VALUES: set[
    HeygenAvatar4DigitalTwinInputResolution
] = {
    "1080p",
    "360p",
    "480p",
    "540p",
    "720p",
}


def check_heygen_avatar_4_digital_twin_input_resolution(
    value: str,
) -> HeygenAvatar4DigitalTwinInputResolution:
    if value in HEYGEN_AVATAR_4_DIGITAL_TWIN_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_4_DIGITAL_TWIN_INPUT_RESOLUTION_VALUES!r}"
    )

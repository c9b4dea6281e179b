from typing import Literal

HeygenAvatar5DigitalTwinInputFit = Literal["contain", "cover"]

HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_FIT_VALUES: set[HeygenAvatar5DigitalTwinInputFit] = {
    "contain",
    "cover",
}


def check_heygen_avatar_5_digital_twin_input_fit(value: str) -> HeygenAvatar5DigitalTwinInputFit:
    if value in HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_FIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_FIT_VALUES!r}"
    )

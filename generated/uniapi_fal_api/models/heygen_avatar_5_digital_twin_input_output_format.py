from typing import Literal

HeygenAvatar5DigitalTwinInputOutputFormat = Literal["mp4", "webm"]

HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_OUTPUT_FORMAT_VALUES: set[
    HeygenAvatar5DigitalTwinInputOutputFormat
] = {
    "mp4",
    "webm",
}


def check_heygen_avatar_5_digital_twin_input_output_format(
    value: str,
) -> HeygenAvatar5DigitalTwinInputOutputFormat:
    if value in HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_5_DIGITAL_TWIN_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

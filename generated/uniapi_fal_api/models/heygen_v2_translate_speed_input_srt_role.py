from typing import Literal

HeygenV2TranslateSpeedInputSrtRole = Literal["input", "output"]

HEYGEN_V2_TRANSLATE_SPEED_INPUT_SRT_ROLE_VALUES: set[HeygenV2TranslateSpeedInputSrtRole] = {
    "input",
    "output",
}


def check_heygen_v2_translate_speed_input_srt_role(
    value: str,
) -> HeygenV2TranslateSpeedInputSrtRole:
    if value in HEYGEN_V2_TRANSLATE_SPEED_INPUT_SRT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_V2_TRANSLATE_SPEED_INPUT_SRT_ROLE_VALUES!r}"
    )

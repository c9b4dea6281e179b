from typing import Literal

HeygenV2TranslatePrecisionInputSrtRole = Literal["input", "output"]

HEYGEN_V2_TRANSLATE_PRECISION_INPUT_SRT_ROLE_VALUES: set[HeygenV2TranslatePrecisionInputSrtRole] = {
    "input",
    "output",
}


def check_heygen_v2_translate_precision_input_srt_role(
    value: str,
) -> HeygenV2TranslatePrecisionInputSrtRole:
    if value in HEYGEN_V2_TRANSLATE_PRECISION_INPUT_SRT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_V2_TRANSLATE_PRECISION_INPUT_SRT_ROLE_VALUES!r}"
    )

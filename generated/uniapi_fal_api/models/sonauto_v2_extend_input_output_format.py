from typing import Literal

SonautoV2ExtendInputOutputFormat = Literal["flac", "m4a", "mp3", "ogg", "wav"]

SONAUTO_V2_EXTEND_INPUT_OUTPUT_FORMAT_VALUES: set[SonautoV2ExtendInputOutputFormat] = {
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "wav",
}


def check_sonauto_v2_extend_input_output_format(value: str) -> SonautoV2ExtendInputOutputFormat:
    if value in SONAUTO_V2_EXTEND_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONAUTO_V2_EXTEND_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

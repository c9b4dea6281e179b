from typing import Literal

IdeogramV4TilingInputOutputFormat = Literal["jpeg", "png"]

IDEOGRAM_V4_TILING_INPUT_OUTPUT_FORMAT_VALUES: set[IdeogramV4TilingInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ideogram_v4_tiling_input_output_format(value: str) -> IdeogramV4TilingInputOutputFormat:
    if value in IDEOGRAM_V4_TILING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

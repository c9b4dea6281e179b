from typing import Literal

Ltx23QualityDecompressionInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_DECOMPRESSION_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityDecompressionInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_decompression_input_video_write_mode(
    value: str,
) -> Ltx23QualityDecompressionInputVideoWriteMode:
    if value in LTX_23_QUALITY_DECOMPRESSION_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DECOMPRESSION_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

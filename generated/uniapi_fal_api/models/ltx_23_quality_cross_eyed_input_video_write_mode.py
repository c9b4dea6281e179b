from typing import Literal

Ltx23QualityCrossEyedInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_CROSS_EYED_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityCrossEyedInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_cross_eyed_input_video_write_mode(
    value: str,
) -> Ltx23QualityCrossEyedInputVideoWriteMode:
    if value in LTX_23_QUALITY_CROSS_EYED_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_CROSS_EYED_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

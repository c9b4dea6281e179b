from typing import Literal

Ltx23QualityReferenceVideoToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityReferenceVideoToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_reference_video_to_video_input_video_write_mode(
    value: str,
) -> Ltx23QualityReferenceVideoToVideoInputVideoWriteMode:
    if value in LTX_23_QUALITY_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

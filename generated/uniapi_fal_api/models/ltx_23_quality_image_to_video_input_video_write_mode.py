from typing import Literal

Ltx23QualityImageToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityImageToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_image_to_video_input_video_write_mode(
    value: str,
) -> Ltx23QualityImageToVideoInputVideoWriteMode:
    if value in LTX_23_QUALITY_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

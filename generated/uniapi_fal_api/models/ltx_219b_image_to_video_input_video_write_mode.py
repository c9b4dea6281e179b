from typing import Literal

Ltx219BImageToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_219B_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx219BImageToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_219b_image_to_video_input_video_write_mode(
    value: str,
) -> Ltx219BImageToVideoInputVideoWriteMode:
    if value in LTX_219B_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

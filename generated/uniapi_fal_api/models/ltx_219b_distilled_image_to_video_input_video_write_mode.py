from typing import Literal

Ltx219BDistilledImageToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx219BDistilledImageToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_219b_distilled_image_to_video_input_video_write_mode(
    value: str,
) -> Ltx219BDistilledImageToVideoInputVideoWriteMode:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

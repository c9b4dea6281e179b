from typing import Literal

Ltx23ImageToVideoFastInputAspectRatio = Literal["16:9", "9:16", "auto"]

LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES: set[Ltx23ImageToVideoFastInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_ltx_23_image_to_video_fast_input_aspect_ratio(
    value: str,
) -> Ltx23ImageToVideoFastInputAspectRatio:
    if value in LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )

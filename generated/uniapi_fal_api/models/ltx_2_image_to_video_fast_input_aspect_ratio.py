from typing import Literal

Ltx2ImageToVideoFastInputAspectRatio = Literal["16:9"]

LTX_2_IMAGE_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES: set[Ltx2ImageToVideoFastInputAspectRatio] = {
    "16:9",
}


def check_ltx_2_image_to_video_fast_input_aspect_ratio(
    value: str,
) -> Ltx2ImageToVideoFastInputAspectRatio:
    if value in LTX_2_IMAGE_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_IMAGE_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )

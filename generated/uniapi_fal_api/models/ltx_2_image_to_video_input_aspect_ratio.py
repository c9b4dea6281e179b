from typing import Literal

Ltx2ImageToVideoInputAspectRatio = Literal["16:9"]

LTX_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Ltx2ImageToVideoInputAspectRatio] = {
    "16:9",
}


def check_ltx_2_image_to_video_input_aspect_ratio(value: str) -> Ltx2ImageToVideoInputAspectRatio:
    if value in LTX_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

DecartLucy14BImageToVideoInputAspectRatio = Literal["16:9", "9:16"]

DECART_LUCY_14B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    DecartLucy14BImageToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_decart_lucy_14b_image_to_video_input_aspect_ratio(
    value: str,
) -> DecartLucy14BImageToVideoInputAspectRatio:
    if value in DECART_LUCY_14B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DECART_LUCY_14B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

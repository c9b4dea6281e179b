from typing import Literal

DecartLucy5BImageToVideoInputAspectRatio = Literal["16:9", "9:16"]

DECART_LUCY_5B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    DecartLucy5BImageToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_decart_lucy_5b_image_to_video_input_aspect_ratio(
    value: str,
) -> DecartLucy5BImageToVideoInputAspectRatio:
    if value in DECART_LUCY_5B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DECART_LUCY_5B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

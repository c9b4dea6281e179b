from typing import Literal

DecartLucy14BImageToVideoInputResolution = Literal["720p"]

DECART_LUCY_14B_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    DecartLucy14BImageToVideoInputResolution
] = {
    "720p",
}


def check_decart_lucy_14b_image_to_video_input_resolution(
    value: str,
) -> DecartLucy14BImageToVideoInputResolution:
    if value in DECART_LUCY_14B_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DECART_LUCY_14B_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

Veo31FastImageToVideoInputResolution = Literal["1080p", "4k", "720p"]

VEO_31_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Veo31FastImageToVideoInputResolution] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_31_fast_image_to_video_input_resolution(
    value: str,
) -> Veo31FastImageToVideoInputResolution:
    if value in VEO_31_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

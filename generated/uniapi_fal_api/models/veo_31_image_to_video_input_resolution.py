from typing import Literal

Veo31ImageToVideoInputResolution = Literal["1080p", "4k", "720p"]

VEO_31_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Veo31ImageToVideoInputResolution] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_31_image_to_video_input_resolution(value: str) -> Veo31ImageToVideoInputResolution:
    if value in VEO_31_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

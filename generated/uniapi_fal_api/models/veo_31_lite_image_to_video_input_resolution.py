from typing import Literal

Veo31LiteImageToVideoInputResolution = Literal["1080p", "720p"]

VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Veo31LiteImageToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_veo_31_lite_image_to_video_input_resolution(
    value: str,
) -> Veo31LiteImageToVideoInputResolution:
    if value in VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

Veo3FastImageToVideoInputResolution = Literal["1080p", "720p"]

VEO_3_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Veo3FastImageToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_veo_3_fast_image_to_video_input_resolution(
    value: str,
) -> Veo3FastImageToVideoInputResolution:
    if value in VEO_3_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

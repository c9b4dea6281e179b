from typing import Literal

Sora2ImageToVideoInputResolution = Literal["720p", "auto"]

SORA_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Sora2ImageToVideoInputResolution] = {
    "720p",
    "auto",
}


def check_sora_2_image_to_video_input_resolution(value: str) -> Sora2ImageToVideoInputResolution:
    if value in SORA_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

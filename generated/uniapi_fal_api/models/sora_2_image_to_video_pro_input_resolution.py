from typing import Literal

Sora2ImageToVideoProInputResolution = Literal["1080p", "720p", "auto"]

SORA_2_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES: set[Sora2ImageToVideoProInputResolution] = {
    "1080p",
    "720p",
    "auto",
}


def check_sora_2_image_to_video_pro_input_resolution(
    value: str,
) -> Sora2ImageToVideoProInputResolution:
    if value in SORA_2_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES!r}"
    )

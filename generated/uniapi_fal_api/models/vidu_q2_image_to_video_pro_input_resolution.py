from typing import Literal

ViduQ2ImageToVideoProInputResolution = Literal["1080p", "720p"]

VIDU_Q2_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES: set[ViduQ2ImageToVideoProInputResolution] = {
    "1080p",
    "720p",
}


def check_vidu_q2_image_to_video_pro_input_resolution(
    value: str,
) -> ViduQ2ImageToVideoProInputResolution:
    if value in VIDU_Q2_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES!r}"
    )

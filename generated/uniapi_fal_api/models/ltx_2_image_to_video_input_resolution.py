from typing import Literal

Ltx2ImageToVideoInputResolution = Literal["1080p", "1440p", "2160p"]

LTX_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Ltx2ImageToVideoInputResolution] = {
    "1080p",
    "1440p",
    "2160p",
}


def check_ltx_2_image_to_video_input_resolution(value: str) -> Ltx2ImageToVideoInputResolution:
    if value in LTX_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

Ltx23ImageToVideoInputResolution = Literal["1080p", "1440p", "2160p"]

LTX_23_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Ltx23ImageToVideoInputResolution] = {
    "1080p",
    "1440p",
    "2160p",
}


def check_ltx_23_image_to_video_input_resolution(value: str) -> Ltx23ImageToVideoInputResolution:
    if value in LTX_23_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

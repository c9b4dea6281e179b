from typing import Literal

Ltx23ImageToVideoFastInputResolution = Literal["1080p", "1440p", "2160p"]

LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES: set[Ltx23ImageToVideoFastInputResolution] = {
    "1080p",
    "1440p",
    "2160p",
}


def check_ltx_23_image_to_video_fast_input_resolution(
    value: str,
) -> Ltx23ImageToVideoFastInputResolution:
    if value in LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES!r}"
    )

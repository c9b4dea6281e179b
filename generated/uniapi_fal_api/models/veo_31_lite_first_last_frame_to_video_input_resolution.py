from typing import Literal

Veo31LiteFirstLastFrameToVideoInputResolution = Literal["1080p", "720p"]

VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Veo31LiteFirstLastFrameToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_veo_31_lite_first_last_frame_to_video_input_resolution(
    value: str,
) -> Veo31LiteFirstLastFrameToVideoInputResolution:
    if value in VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

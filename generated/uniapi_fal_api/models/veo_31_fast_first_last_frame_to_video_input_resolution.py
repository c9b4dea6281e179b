from typing import Literal

Veo31FastFirstLastFrameToVideoInputResolution = Literal["1080p", "4k", "720p"]

VEO_31_FAST_FIRST_LAST_FRAME_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Veo31FastFirstLastFrameToVideoInputResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_31_fast_first_last_frame_to_video_input_resolution(
    value: str,
) -> Veo31FastFirstLastFrameToVideoInputResolution:
    if value in VEO_31_FAST_FIRST_LAST_FRAME_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_FIRST_LAST_FRAME_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

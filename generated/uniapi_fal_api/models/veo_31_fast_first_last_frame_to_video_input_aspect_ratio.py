from typing import Literal

Veo31FastFirstLastFrameToVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_FAST_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Veo31FastFirstLastFrameToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_fast_first_last_frame_to_video_input_aspect_ratio(
    value: str,
) -> Veo31FastFirstLastFrameToVideoInputAspectRatio:
    if value in VEO_31_FAST_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

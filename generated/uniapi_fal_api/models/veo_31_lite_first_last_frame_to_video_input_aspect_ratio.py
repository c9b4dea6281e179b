from typing import Literal

Veo31LiteFirstLastFrameToVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Veo31LiteFirstLastFrameToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_lite_first_last_frame_to_video_input_aspect_ratio(
    value: str,
) -> Veo31LiteFirstLastFrameToVideoInputAspectRatio:
    if value in VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

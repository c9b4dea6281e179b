from typing import Literal

Veo31FirstLastFrameToVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Veo31FirstLastFrameToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_first_last_frame_to_video_input_aspect_ratio(
    value: str,
) -> Veo31FirstLastFrameToVideoInputAspectRatio:
    if value in VEO_31_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FIRST_LAST_FRAME_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

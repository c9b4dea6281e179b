from typing import Literal

Veo31FastExtendVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_FAST_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Veo31FastExtendVideoInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_fast_extend_video_input_aspect_ratio(
    value: str,
) -> Veo31FastExtendVideoInputAspectRatio:
    if value in VEO_31_FAST_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

Veo31ExtendVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Veo31ExtendVideoInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_extend_video_input_aspect_ratio(value: str) -> Veo31ExtendVideoInputAspectRatio:
    if value in VEO_31_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

Veo31ExtendVideoInputResolution = Literal["720p"]

VEO_31_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES: set[Veo31ExtendVideoInputResolution] = {
    "720p",
}


def check_veo_31_extend_video_input_resolution(value: str) -> Veo31ExtendVideoInputResolution:
    if value in VEO_31_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

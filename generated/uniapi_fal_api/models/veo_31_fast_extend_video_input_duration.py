from typing import Literal

Veo31FastExtendVideoInputDuration = Literal["7s"]

VEO_31_FAST_EXTEND_VIDEO_INPUT_DURATION_VALUES: set[Veo31FastExtendVideoInputDuration] = {
    "7s",
}


def check_veo_31_fast_extend_video_input_duration(value: str) -> Veo31FastExtendVideoInputDuration:
    if value in VEO_31_FAST_EXTEND_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_EXTEND_VIDEO_INPUT_DURATION_VALUES!r}"
    )

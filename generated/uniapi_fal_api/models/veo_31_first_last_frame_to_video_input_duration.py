from typing import Literal

Veo31FirstLastFrameToVideoInputDuration = Literal["4s", "6s", "8s"]

VEO_31_FIRST_LAST_FRAME_TO_VIDEO_INPUT_DURATION_VALUES: set[
    Veo31FirstLastFrameToVideoInputDuration
] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_31_first_last_frame_to_video_input_duration(
    value: str,
) -> Veo31FirstLastFrameToVideoInputDuration:
    if value in VEO_31_FIRST_LAST_FRAME_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FIRST_LAST_FRAME_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

ViduQ1StartEndToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q1_START_END_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ1StartEndToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q1_start_end_to_video_input_movement_amplitude(
    value: str,
) -> ViduQ1StartEndToVideoInputMovementAmplitude:
    if value in VIDU_Q1_START_END_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_START_END_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

from typing import Literal

ViduQ1TextToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q1_TEXT_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ1TextToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q1_text_to_video_input_movement_amplitude(
    value: str,
) -> ViduQ1TextToVideoInputMovementAmplitude:
    if value in VIDU_Q1_TEXT_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_TEXT_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

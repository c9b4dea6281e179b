from typing import Literal

ViduQ2TextToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q2_TEXT_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ2TextToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q2_text_to_video_input_movement_amplitude(
    value: str,
) -> ViduQ2TextToVideoInputMovementAmplitude:
    if value in VIDU_Q2_TEXT_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_TEXT_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

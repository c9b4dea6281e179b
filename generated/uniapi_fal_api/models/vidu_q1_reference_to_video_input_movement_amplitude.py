from typing import Literal

ViduQ1ReferenceToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q1_REFERENCE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ1ReferenceToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q1_reference_to_video_input_movement_amplitude(
    value: str,
) -> ViduQ1ReferenceToVideoInputMovementAmplitude:
    if value in VIDU_Q1_REFERENCE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_REFERENCE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

from typing import Literal

ViduQ2ReferenceToVideoProInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q2_REFERENCE_TO_VIDEO_PRO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ2ReferenceToVideoProInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q2_reference_to_video_pro_input_movement_amplitude(
    value: str,
) -> ViduQ2ReferenceToVideoProInputMovementAmplitude:
    if value in VIDU_Q2_REFERENCE_TO_VIDEO_PRO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_REFERENCE_TO_VIDEO_PRO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

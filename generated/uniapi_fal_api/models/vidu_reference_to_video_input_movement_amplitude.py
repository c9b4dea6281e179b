from typing import Literal

ViduReferenceToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_REFERENCE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduReferenceToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_reference_to_video_input_movement_amplitude(
    value: str,
) -> ViduReferenceToVideoInputMovementAmplitude:
    if value in VIDU_REFERENCE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

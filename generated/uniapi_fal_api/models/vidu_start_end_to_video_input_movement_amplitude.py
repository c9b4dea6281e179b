from typing import Literal

ViduStartEndToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_START_END_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduStartEndToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_start_end_to_video_input_movement_amplitude(
    value: str,
) -> ViduStartEndToVideoInputMovementAmplitude:
    if value in VIDU_START_END_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

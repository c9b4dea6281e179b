from typing import Literal

ViduQ2ImageToVideoTurboInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ2ImageToVideoTurboInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q2_image_to_video_turbo_input_movement_amplitude(
    value: str,
) -> ViduQ2ImageToVideoTurboInputMovementAmplitude:
    if value in VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

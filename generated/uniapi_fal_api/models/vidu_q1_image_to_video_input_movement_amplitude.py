from typing import Literal

ViduQ1ImageToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q1_IMAGE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ1ImageToVideoInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q1_image_to_video_input_movement_amplitude(
    value: str,
) -> ViduQ1ImageToVideoInputMovementAmplitude:
    if value in VIDU_Q1_IMAGE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_IMAGE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

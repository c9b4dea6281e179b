from typing import Literal

ViduQ2ImageToVideoProInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_Q2_IMAGE_TO_VIDEO_PRO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduQ2ImageToVideoProInputMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_q2_image_to_video_pro_input_movement_amplitude(
    value: str,
) -> ViduQ2ImageToVideoProInputMovementAmplitude:
    if value in VIDU_Q2_IMAGE_TO_VIDEO_PRO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_IMAGE_TO_VIDEO_PRO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

from typing import Literal

ViduImageToVideoInputMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_IMAGE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES: set[ViduImageToVideoInputMovementAmplitude] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_image_to_video_input_movement_amplitude(
    value: str,
) -> ViduImageToVideoInputMovementAmplitude:
    if value in VIDU_IMAGE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_INPUT_MOVEMENT_AMPLITUDE_VALUES!r}"
    )

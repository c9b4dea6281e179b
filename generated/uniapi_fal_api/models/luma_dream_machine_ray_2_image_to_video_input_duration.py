from typing import Literal

LumaDreamMachineRay2ImageToVideoInputDuration = Literal["5s", "9s"]

LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    LumaDreamMachineRay2ImageToVideoInputDuration
] = {
    "5s",
    "9s",
}


def check_luma_dream_machine_ray_2_image_to_video_input_duration(
    value: str,
) -> LumaDreamMachineRay2ImageToVideoInputDuration:
    if value in LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

LumaDreamMachineRay2ImageToVideoInputResolution = Literal["1080p", "540p", "720p"]

LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    LumaDreamMachineRay2ImageToVideoInputResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_luma_dream_machine_ray_2_image_to_video_input_resolution(
    value: str,
) -> LumaDreamMachineRay2ImageToVideoInputResolution:
    if value in LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

LumaDreamMachineRay2ImageToVideoInputAspectRatio = Literal[
    "16:9", "21:9", "3:4", "4:3", "9:16", "9:21"
]

LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    LumaDreamMachineRay2ImageToVideoInputAspectRatio
] = {
    "16:9",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_luma_dream_machine_ray_2_image_to_video_input_aspect_ratio(
    value: str,
) -> LumaDreamMachineRay2ImageToVideoInputAspectRatio:
    if value in LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

LumaDreamMachineRay2FlashReframeInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "9:21"
]

LUMA_DREAM_MACHINE_RAY_2_FLASH_REFRAME_INPUT_ASPECT_RATIO_VALUES: set[
    LumaDreamMachineRay2FlashReframeInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_luma_dream_machine_ray_2_flash_reframe_input_aspect_ratio(
    value: str,
) -> LumaDreamMachineRay2FlashReframeInputAspectRatio:
    if value in LUMA_DREAM_MACHINE_RAY_2_FLASH_REFRAME_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_FLASH_REFRAME_INPUT_ASPECT_RATIO_VALUES!r}"
    )

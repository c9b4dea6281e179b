from typing import Literal

LumaDreamMachineRay2FlashInputAspectRatio = Literal["16:9", "21:9", "3:4", "4:3", "9:16", "9:21"]

LUMA_DREAM_MACHINE_RAY_2_FLASH_INPUT_ASPECT_RATIO_VALUES: set[
    LumaDreamMachineRay2FlashInputAspectRatio
] = {
    "16:9",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_luma_dream_machine_ray_2_flash_input_aspect_ratio(
    value: str,
) -> LumaDreamMachineRay2FlashInputAspectRatio:
    if value in LUMA_DREAM_MACHINE_RAY_2_FLASH_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_FLASH_INPUT_ASPECT_RATIO_VALUES!r}"
    )

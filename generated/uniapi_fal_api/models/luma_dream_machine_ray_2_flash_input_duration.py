from typing import Literal

LumaDreamMachineRay2FlashInputDuration = Literal["5s", "9s"]

LUMA_DREAM_MACHINE_RAY_2_FLASH_INPUT_DURATION_VALUES: set[
    LumaDreamMachineRay2FlashInputDuration
] = {
    "5s",
    "9s",
}


def check_luma_dream_machine_ray_2_flash_input_duration(
    value: str,
) -> LumaDreamMachineRay2FlashInputDuration:
    if value in LUMA_DREAM_MACHINE_RAY_2_FLASH_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_FLASH_INPUT_DURATION_VALUES!r}"
    )

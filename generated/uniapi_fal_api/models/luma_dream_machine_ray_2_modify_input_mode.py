from typing import Literal

LumaDreamMachineRay2ModifyInputMode = Literal[
    "adhere_1",
    "adhere_2",
    "adhere_3",
    "flex_1",
    "flex_2",
    "flex_3",
    "reimagine_1",
    "reimagine_2",
    "reimagine_3",
]

LUMA_DREAM_MACHINE_RAY_2_MODIFY_INPUT_MODE_VALUES: set[LumaDreamMachineRay2ModifyInputMode] = {
    "adhere_1",
    "adhere_2",
    "adhere_3",
    "flex_1",
    "flex_2",
    "flex_3",
    "reimagine_1",
    "reimagine_2",
    "reimagine_3",
}


def check_luma_dream_machine_ray_2_modify_input_mode(
    value: str,
) -> LumaDreamMachineRay2ModifyInputMode:
    if value in LUMA_DREAM_MACHINE_RAY_2_MODIFY_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_DREAM_MACHINE_RAY_2_MODIFY_INPUT_MODE_VALUES!r}"
    )

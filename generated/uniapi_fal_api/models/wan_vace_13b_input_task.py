from typing import Literal

WanVace13BInputTask = Literal["depth", "inpainting", "pose"]

WAN_VACE_13B_INPUT_TASK_VALUES: set[WanVace13BInputTask] = {
    "depth",
    "inpainting",
    "pose",
}


def check_wan_vace_13b_input_task(value: str) -> WanVace13BInputTask:
    if value in WAN_VACE_13B_INPUT_TASK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_13B_INPUT_TASK_VALUES!r}"
    )

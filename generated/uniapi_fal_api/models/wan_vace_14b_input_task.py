from typing import Literal

WanVace14BInputTask = Literal["depth", "inpainting", "outpainting", "pose", "reframe"]

WAN_VACE_14B_INPUT_TASK_VALUES: set[WanVace14BInputTask] = {
    "depth",
    "inpainting",
    "outpainting",
    "pose",
    "reframe",
}


def check_wan_vace_14b_input_task(value: str) -> WanVace14BInputTask:
    if value in WAN_VACE_14B_INPUT_TASK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPUT_TASK_VALUES!r}"
    )

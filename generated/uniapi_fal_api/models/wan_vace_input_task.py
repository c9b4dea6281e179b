from typing import Literal

WanVaceInputTask = Literal["depth", "inpainting"]

WAN_VACE_INPUT_TASK_VALUES: set[WanVaceInputTask] = {
    "depth",
    "inpainting",
}


def check_wan_vace_input_task(value: str) -> WanVaceInputTask:
    if value in WAN_VACE_INPUT_TASK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_VACE_INPUT_TASK_VALUES!r}")

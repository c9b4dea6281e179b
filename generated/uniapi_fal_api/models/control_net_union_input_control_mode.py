from typing import Literal

ControlNetUnionInputControlMode = Literal[
    "blur", "canny", "depth", "gray", "low-quality", "pose", "tile"
]

CONTROL_NET_UNION_INPUT_CONTROL_MODE_VALUES: set[ControlNetUnionInputControlMode] = {
    "blur",
    "canny",
    "depth",
    "gray",
    "low-quality",
    "pose",
    "tile",
}


def check_control_net_union_input_control_mode(value: str) -> ControlNetUnionInputControlMode:
    if value in CONTROL_NET_UNION_INPUT_CONTROL_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTROL_NET_UNION_INPUT_CONTROL_MODE_VALUES!r}"
    )

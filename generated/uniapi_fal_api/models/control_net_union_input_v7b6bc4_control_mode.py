from typing import Literal

ControlNetUnionInputV7B6BC4ControlMode = Literal[
    "blur", "canny", "depth", "gray", "low-quality", "pose", "tile"
]

CONTROL_NET_UNION_INPUT_V7B6BC4_CONTROL_MODE_VALUES: set[ControlNetUnionInputV7B6BC4ControlMode] = {
    "blur",
    "canny",
    "depth",
    "gray",
    "low-quality",
    "pose",
    "tile",
}


def check_control_net_union_input_v7b6bc4_control_mode(
    value: str,
) -> ControlNetUnionInputV7B6BC4ControlMode:
    if value in CONTROL_NET_UNION_INPUT_V7B6BC4_CONTROL_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTROL_NET_UNION_INPUT_V7B6BC4_CONTROL_MODE_VALUES!r}"
    )

from typing import Literal

Hyper3DRodinInputConditionMode = Literal["concat", "fuse"]

HYPER_3D_RODIN_INPUT_CONDITION_MODE_VALUES: set[Hyper3DRodinInputConditionMode] = {
    "concat",
    "fuse",
}


def check_hyper_3d_rodin_input_condition_mode(value: str) -> Hyper3DRodinInputConditionMode:
    if value in HYPER_3D_RODIN_INPUT_CONDITION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_INPUT_CONDITION_MODE_VALUES!r}"
    )

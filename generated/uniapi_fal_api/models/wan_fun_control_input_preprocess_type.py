from typing import Literal

WanFunControlInputPreprocessType = Literal["depth", "pose"]

WAN_FUN_CONTROL_INPUT_PREPROCESS_TYPE_VALUES: set[WanFunControlInputPreprocessType] = {
    "depth",
    "pose",
}


def check_wan_fun_control_input_preprocess_type(value: str) -> WanFunControlInputPreprocessType:
    if value in WAN_FUN_CONTROL_INPUT_PREPROCESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_FUN_CONTROL_INPUT_PREPROCESS_TYPE_VALUES!r}"
    )

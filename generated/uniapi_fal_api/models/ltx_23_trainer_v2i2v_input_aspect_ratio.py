from typing import Literal

Ltx23TrainerV2I2VInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_23_TRAINER_V2I2V_INPUT_ASPECT_RATIO_VALUES: set[Ltx23TrainerV2I2VInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_23_trainer_v2i2v_input_aspect_ratio(value: str) -> Ltx23TrainerV2I2VInputAspectRatio:
    if value in LTX_23_TRAINER_V2I2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2I2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )

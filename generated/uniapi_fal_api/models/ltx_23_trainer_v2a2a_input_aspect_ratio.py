from typing import Literal

Ltx23TrainerV2A2AInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_23_TRAINER_V2A2A_INPUT_ASPECT_RATIO_VALUES: set[Ltx23TrainerV2A2AInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_23_trainer_v2a2a_input_aspect_ratio(value: str) -> Ltx23TrainerV2A2AInputAspectRatio:
    if value in LTX_23_TRAINER_V2A2A_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2A2A_INPUT_ASPECT_RATIO_VALUES!r}"
    )

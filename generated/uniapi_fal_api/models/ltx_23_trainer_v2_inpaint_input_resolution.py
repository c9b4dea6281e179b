from typing import Literal

Ltx23TrainerV2InpaintInputResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_INPAINT_INPUT_RESOLUTION_VALUES: set[Ltx23TrainerV2InpaintInputResolution] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_inpaint_input_resolution(
    value: str,
) -> Ltx23TrainerV2InpaintInputResolution:
    if value in LTX_23_TRAINER_V2_INPAINT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_INPAINT_INPUT_RESOLUTION_VALUES!r}"
    )

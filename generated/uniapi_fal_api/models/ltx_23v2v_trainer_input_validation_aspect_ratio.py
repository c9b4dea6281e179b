from typing import Literal

Ltx23V2VTrainerInputValidationAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_23V2V_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES: set[
    Ltx23V2VTrainerInputValidationAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_23v2v_trainer_input_validation_aspect_ratio(
    value: str,
) -> Ltx23V2VTrainerInputValidationAspectRatio:
    if value in LTX_23V2V_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23V2V_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES!r}"
    )

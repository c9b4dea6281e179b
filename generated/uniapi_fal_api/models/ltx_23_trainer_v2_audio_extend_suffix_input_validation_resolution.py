from typing import Literal

Ltx23TrainerV2AudioExtendSuffixInputValidationResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_AUDIO_EXTEND_SUFFIX_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23TrainerV2AudioExtendSuffixInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_audio_extend_suffix_input_validation_resolution(
    value: str,
) -> Ltx23TrainerV2AudioExtendSuffixInputValidationResolution:
    if value in LTX_23_TRAINER_V2_AUDIO_EXTEND_SUFFIX_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AUDIO_EXTEND_SUFFIX_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )

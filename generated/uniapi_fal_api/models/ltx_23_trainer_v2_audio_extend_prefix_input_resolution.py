from typing import Literal

Ltx23TrainerV2AudioExtendPrefixInputResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_AUDIO_EXTEND_PREFIX_INPUT_RESOLUTION_VALUES: set[
    Ltx23TrainerV2AudioExtendPrefixInputResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_audio_extend_prefix_input_resolution(
    value: str,
) -> Ltx23TrainerV2AudioExtendPrefixInputResolution:
    if value in LTX_23_TRAINER_V2_AUDIO_EXTEND_PREFIX_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AUDIO_EXTEND_PREFIX_INPUT_RESOLUTION_VALUES!r}"
    )

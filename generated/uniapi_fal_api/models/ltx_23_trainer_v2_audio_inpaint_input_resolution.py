from typing import Literal

Ltx23TrainerV2AudioInpaintInputResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_AUDIO_INPAINT_INPUT_RESOLUTION_VALUES: set[
    Ltx23TrainerV2AudioInpaintInputResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_audio_inpaint_input_resolution(
    value: str,
) -> Ltx23TrainerV2AudioInpaintInputResolution:
    if value in LTX_23_TRAINER_V2_AUDIO_INPAINT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AUDIO_INPAINT_INPUT_RESOLUTION_VALUES!r}"
    )

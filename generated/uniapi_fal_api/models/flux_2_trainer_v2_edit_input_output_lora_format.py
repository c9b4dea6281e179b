from typing import Literal

Flux2TrainerV2EditInputOutputLoraFormat = Literal["comfy", "fal"]

FLUX_2_TRAINER_V2_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[
    Flux2TrainerV2EditInputOutputLoraFormat
] = {
    "comfy",
    "fal",
}


def check_flux_2_trainer_v2_edit_input_output_lora_format(
    value: str,
) -> Flux2TrainerV2EditInputOutputLoraFormat:
    if value in FLUX_2_TRAINER_V2_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_TRAINER_V2_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

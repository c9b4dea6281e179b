from typing import Literal

Flux2TrainerEditInputOutputLoraFormat = Literal["comfy", "fal"]

FLUX_2_TRAINER_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[Flux2TrainerEditInputOutputLoraFormat] = {
    "comfy",
    "fal",
}


def check_flux_2_trainer_edit_input_output_lora_format(
    value: str,
) -> Flux2TrainerEditInputOutputLoraFormat:
    if value in FLUX_2_TRAINER_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_TRAINER_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

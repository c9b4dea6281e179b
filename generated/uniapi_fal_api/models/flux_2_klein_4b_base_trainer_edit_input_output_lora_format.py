from typing import Literal

Flux2Klein4BBaseTrainerEditInputOutputLoraFormat = Literal["comfy", "fal"]

FLUX_2_KLEIN_4B_BASE_TRAINER_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[
    Flux2Klein4BBaseTrainerEditInputOutputLoraFormat
] = {
    "comfy",
    "fal",
}


def check_flux_2_klein_4b_base_trainer_edit_input_output_lora_format(
    value: str,
) -> Flux2Klein4BBaseTrainerEditInputOutputLoraFormat:
    if value in FLUX_2_KLEIN_4B_BASE_TRAINER_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_4B_BASE_TRAINER_EDIT_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

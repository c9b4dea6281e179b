from typing import Literal

Flux2TrainerInputOutputLoraFormat = Literal["comfy", "fal"]

FLUX_2_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[Flux2TrainerInputOutputLoraFormat] = {
    "comfy",
    "fal",
}


def check_flux_2_trainer_input_output_lora_format(value: str) -> Flux2TrainerInputOutputLoraFormat:
    if value in FLUX_2_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

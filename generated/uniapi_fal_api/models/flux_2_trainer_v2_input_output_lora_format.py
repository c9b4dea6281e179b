from typing import Literal

Flux2TrainerV2InputOutputLoraFormat = Literal["comfy", "fal"]

FLUX_2_TRAINER_V2_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[Flux2TrainerV2InputOutputLoraFormat] = {
    "comfy",
    "fal",
}


def check_flux_2_trainer_v2_input_output_lora_format(
    value: str,
) -> Flux2TrainerV2InputOutputLoraFormat:
    if value in FLUX_2_TRAINER_V2_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_TRAINER_V2_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

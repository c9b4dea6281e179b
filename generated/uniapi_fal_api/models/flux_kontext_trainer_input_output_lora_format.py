from typing import Literal

FluxKontextTrainerInputOutputLoraFormat = Literal["comfy", "fal"]

FLUX_KONTEXT_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[
    FluxKontextTrainerInputOutputLoraFormat
] = {
    "comfy",
    "fal",
}


def check_flux_kontext_trainer_input_output_lora_format(
    value: str,
) -> FluxKontextTrainerInputOutputLoraFormat:
    if value in FLUX_KONTEXT_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

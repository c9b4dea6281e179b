from typing import Literal

IdeogramV4TrainerInputOutputLoraFormat = Literal["comfy", "fal"]

IDEOGRAM_V4_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES: set[IdeogramV4TrainerInputOutputLoraFormat] = {
    "comfy",
    "fal",
}


def check_ideogram_v4_trainer_input_output_lora_format(
    value: str,
) -> IdeogramV4TrainerInputOutputLoraFormat:
    if value in IDEOGRAM_V4_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TRAINER_INPUT_OUTPUT_LORA_FORMAT_VALUES!r}"
    )

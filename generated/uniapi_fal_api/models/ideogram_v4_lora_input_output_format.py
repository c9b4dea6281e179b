from typing import Literal

IdeogramV4LoraInputOutputFormat = Literal["jpeg", "png"]

IDEOGRAM_V4_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[IdeogramV4LoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ideogram_v4_lora_input_output_format(value: str) -> IdeogramV4LoraInputOutputFormat:
    if value in IDEOGRAM_V4_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

ChronoEditLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

CHRONO_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[ChronoEditLoraInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_chrono_edit_lora_input_output_format(value: str) -> ChronoEditLoraInputOutputFormat:
    if value in CHRONO_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

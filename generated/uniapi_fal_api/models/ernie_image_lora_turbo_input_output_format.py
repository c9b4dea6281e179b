from typing import Literal

ErnieImageLoraTurboInputOutputFormat = Literal["jpeg", "png"]

ERNIE_IMAGE_LORA_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[ErnieImageLoraTurboInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ernie_image_lora_turbo_input_output_format(
    value: str,
) -> ErnieImageLoraTurboInputOutputFormat:
    if value in ERNIE_IMAGE_LORA_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_LORA_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

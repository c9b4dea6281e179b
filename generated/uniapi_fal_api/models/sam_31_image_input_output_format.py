from typing import Literal

Sam31ImageInputOutputFormat = Literal["jpeg", "png", "webp"]

SAM_31_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[Sam31ImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_sam_31_image_input_output_format(value: str) -> Sam31ImageInputOutputFormat:
    if value in SAM_31_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_31_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

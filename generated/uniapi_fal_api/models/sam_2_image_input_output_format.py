from typing import Literal

Sam2ImageInputOutputFormat = Literal["jpeg", "png", "webp"]

SAM_2_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[Sam2ImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_sam_2_image_input_output_format(value: str) -> Sam2ImageInputOutputFormat:
    if value in SAM_2_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_2_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

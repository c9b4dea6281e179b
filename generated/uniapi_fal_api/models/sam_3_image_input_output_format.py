from typing import Literal

Sam3ImageInputOutputFormat = Literal["jpeg", "png", "webp"]

SAM_3_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[Sam3ImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_sam_3_image_input_output_format(value: str) -> Sam3ImageInputOutputFormat:
    if value in SAM_3_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_3_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Sam31ImageRleInputOutputFormat = Literal["jpeg", "png", "webp"]

SAM_31_IMAGE_RLE_INPUT_OUTPUT_FORMAT_VALUES: set[Sam31ImageRleInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_sam_31_image_rle_input_output_format(value: str) -> Sam31ImageRleInputOutputFormat:
    if value in SAM_31_IMAGE_RLE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_31_IMAGE_RLE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Sam3ImageRleInputOutputFormat = Literal["jpeg", "png", "webp"]

SAM_3_IMAGE_RLE_INPUT_OUTPUT_FORMAT_VALUES: set[Sam3ImageRleInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_sam_3_image_rle_input_output_format(value: str) -> Sam3ImageRleInputOutputFormat:
    if value in SAM_3_IMAGE_RLE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_3_IMAGE_RLE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

ZImageBaseInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_BASE_INPUT_OUTPUT_FORMAT_VALUES: set[ZImageBaseInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_base_input_output_format(value: str) -> ZImageBaseInputOutputFormat:
    if value in Z_IMAGE_BASE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_BASE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

KlingImageO3TextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    KlingImageO3TextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_kling_image_o3_text_to_image_input_output_format(
    value: str,
) -> KlingImageO3TextToImageInputOutputFormat:
    if value in KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

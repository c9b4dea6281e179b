from typing import Literal

KlingImageV3ImageToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

KLING_IMAGE_V3_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    KlingImageV3ImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_kling_image_v3_image_to_image_input_output_format(
    value: str,
) -> KlingImageV3ImageToImageInputOutputFormat:
    if value in KLING_IMAGE_V3_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_V3_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

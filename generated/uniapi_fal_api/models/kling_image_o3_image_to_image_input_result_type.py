from typing import Literal

KlingImageO3ImageToImageInputResultType = Literal["series", "single"]

KLING_IMAGE_O3_IMAGE_TO_IMAGE_INPUT_RESULT_TYPE_VALUES: set[
    KlingImageO3ImageToImageInputResultType
] = {
    "series",
    "single",
}


def check_kling_image_o3_image_to_image_input_result_type(
    value: str,
) -> KlingImageO3ImageToImageInputResultType:
    if value in KLING_IMAGE_O3_IMAGE_TO_IMAGE_INPUT_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O3_IMAGE_TO_IMAGE_INPUT_RESULT_TYPE_VALUES!r}"
    )

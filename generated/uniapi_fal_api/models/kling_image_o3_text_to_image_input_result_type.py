from typing import Literal

KlingImageO3TextToImageInputResultType = Literal["series", "single"]

KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_RESULT_TYPE_VALUES: set[
    KlingImageO3TextToImageInputResultType
] = {
    "series",
    "single",
}


def check_kling_image_o3_text_to_image_input_result_type(
    value: str,
) -> KlingImageO3TextToImageInputResultType:
    if value in KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_RESULT_TYPE_VALUES!r}"
    )

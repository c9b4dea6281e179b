from typing import Literal

KolorsImageToImageInputOutputFormat = Literal["jpeg", "png"]

KOLORS_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[KolorsImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_kolors_image_to_image_input_output_format(
    value: str,
) -> KolorsImageToImageInputOutputFormat:
    if value in KOLORS_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOLORS_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

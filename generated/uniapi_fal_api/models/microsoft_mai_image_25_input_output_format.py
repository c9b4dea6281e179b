from typing import Literal

MicrosoftMaiImage25InputOutputFormat = Literal["jpeg", "png", "webp"]

MICROSOFT_MAI_IMAGE_25_INPUT_OUTPUT_FORMAT_VALUES: set[MicrosoftMaiImage25InputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_microsoft_mai_image_25_input_output_format(
    value: str,
) -> MicrosoftMaiImage25InputOutputFormat:
    if value in MICROSOFT_MAI_IMAGE_25_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_IMAGE_25_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

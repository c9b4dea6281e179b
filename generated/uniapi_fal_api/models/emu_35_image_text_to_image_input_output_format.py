from typing import Literal

Emu35ImageTextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    Emu35ImageTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_emu_35_image_text_to_image_input_output_format(
    value: str,
) -> Emu35ImageTextToImageInputOutputFormat:
    if value in EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMU_35_IMAGE_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

LuminaImageV2InputOutputFormat = Literal["jpeg", "png"]

LUMINA_IMAGE_V2_INPUT_OUTPUT_FORMAT_VALUES: set[LuminaImageV2InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_lumina_image_v2_input_output_format(value: str) -> LuminaImageV2InputOutputFormat:
    if value in LUMINA_IMAGE_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMINA_IMAGE_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

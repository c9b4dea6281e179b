from typing import Literal

HunyuanImageV21TextToImageInputOutputFormat = Literal["jpeg", "png"]

HUNYUAN_IMAGE_V21_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    HunyuanImageV21TextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_hunyuan_image_v21_text_to_image_input_output_format(
    value: str,
) -> HunyuanImageV21TextToImageInputOutputFormat:
    if value in HUNYUAN_IMAGE_V21_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_IMAGE_V21_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

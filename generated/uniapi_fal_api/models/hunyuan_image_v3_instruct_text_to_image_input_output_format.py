from typing import Literal

HunyuanImageV3InstructTextToImageInputOutputFormat = Literal["jpeg", "png"]

HUNYUAN_IMAGE_V3_INSTRUCT_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    HunyuanImageV3InstructTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_hunyuan_image_v3_instruct_text_to_image_input_output_format(
    value: str,
) -> HunyuanImageV3InstructTextToImageInputOutputFormat:
    if value in HUNYUAN_IMAGE_V3_INSTRUCT_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_IMAGE_V3_INSTRUCT_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

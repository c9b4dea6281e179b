from typing import Literal

HunyuanImageV3InstructEditInputOutputFormat = Literal["jpeg", "png"]

HUNYUAN_IMAGE_V3_INSTRUCT_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    HunyuanImageV3InstructEditInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_hunyuan_image_v3_instruct_edit_input_output_format(
    value: str,
) -> HunyuanImageV3InstructEditInputOutputFormat:
    if value in HUNYUAN_IMAGE_V3_INSTRUCT_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_IMAGE_V3_INSTRUCT_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

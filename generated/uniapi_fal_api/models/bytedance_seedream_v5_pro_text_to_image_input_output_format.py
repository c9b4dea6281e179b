from typing import Literal

BytedanceSeedreamV5ProTextToImageInputOutputFormat = Literal["jpeg", "png"]

BYTEDANCE_SEEDREAM_V5_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    BytedanceSeedreamV5ProTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_bytedance_seedream_v5_pro_text_to_image_input_output_format(
    value: str,
) -> BytedanceSeedreamV5ProTextToImageInputOutputFormat:
    if value in BYTEDANCE_SEEDREAM_V5_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V5_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

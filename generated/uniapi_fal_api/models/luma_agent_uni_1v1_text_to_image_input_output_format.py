from typing import Literal

LumaAgentUni1V1TextToImageInputOutputFormat = Literal["jpeg", "png"]

LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    LumaAgentUni1V1TextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_luma_agent_uni_1v1_text_to_image_input_output_format(
    value: str,
) -> LumaAgentUni1V1TextToImageInputOutputFormat:
    if value in LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

LumaAgentUni1V1TextToImageInputStyle = Literal["auto", "manga"]

LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_STYLE_VALUES: set[LumaAgentUni1V1TextToImageInputStyle] = {
    "auto",
    "manga",
}


def check_luma_agent_uni_1v1_text_to_image_input_style(
    value: str,
) -> LumaAgentUni1V1TextToImageInputStyle:
    if value in LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_STYLE_VALUES!r}"
    )

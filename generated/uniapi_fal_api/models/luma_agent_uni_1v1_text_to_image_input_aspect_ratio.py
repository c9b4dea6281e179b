from typing import Literal

LumaAgentUni1V1TextToImageInputAspectRatio = Literal[
    "16:9", "1:1", "1:2", "1:3", "2:1", "2:3", "3:1", "3:2", "9:16"
]

LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    LumaAgentUni1V1TextToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "9:16",
}


def check_luma_agent_uni_1v1_text_to_image_input_aspect_ratio(
    value: str,
) -> LumaAgentUni1V1TextToImageInputAspectRatio:
    if value in LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_UNI_1V1_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )

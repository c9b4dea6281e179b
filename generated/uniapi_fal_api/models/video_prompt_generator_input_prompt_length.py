from typing import Literal

VideoPromptGeneratorInputPromptLength = Literal["Long", "Medium", "Short"]

VIDEO_PROMPT_GENERATOR_INPUT_PROMPT_LENGTH_VALUES: set[VideoPromptGeneratorInputPromptLength] = {
    "Long",
    "Medium",
    "Short",
}


def check_video_prompt_generator_input_prompt_length(
    value: str,
) -> VideoPromptGeneratorInputPromptLength:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_PROMPT_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_PROMPT_LENGTH_VALUES!r}"
    )

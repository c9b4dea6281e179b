from typing import Literal

BytedanceSeedreamV4EditInputEnhancePromptMode = Literal["fast", "standard"]

BYTEDANCE_SEEDREAM_V4_EDIT_INPUT_ENHANCE_PROMPT_MODE_VALUES: set[
    BytedanceSeedreamV4EditInputEnhancePromptMode
] = {
    "fast",
    "standard",
}


def check_bytedance_seedream_v4_edit_input_enhance_prompt_mode(
    value: str,
) -> BytedanceSeedreamV4EditInputEnhancePromptMode:
    if value in BYTEDANCE_SEEDREAM_V4_EDIT_INPUT_ENHANCE_PROMPT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V4_EDIT_INPUT_ENHANCE_PROMPT_MODE_VALUES!r}"
    )

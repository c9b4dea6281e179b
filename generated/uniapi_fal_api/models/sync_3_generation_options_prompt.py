from typing import Literal

Sync3GenerationOptionsPrompt = Literal["angry", "disgusted", "happy", "neutral", "sad", "surprised"]

SYNC_3_GENERATION_OPTIONS_PROMPT_VALUES: set[Sync3GenerationOptionsPrompt] = {
    "angry",
    "disgusted",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_sync_3_generation_options_prompt(value: str) -> Sync3GenerationOptionsPrompt:
    if value in SYNC_3_GENERATION_OPTIONS_PROMPT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_3_GENERATION_OPTIONS_PROMPT_VALUES!r}"
    )

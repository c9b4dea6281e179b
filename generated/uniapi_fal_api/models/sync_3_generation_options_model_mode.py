from typing import Literal

Sync3GenerationOptionsModelMode = Literal[
    "emotion", "face", "head", "lips", "lipsync", "talking_head"
]

SYNC_3_GENERATION_OPTIONS_MODEL_MODE_VALUES: set[Sync3GenerationOptionsModelMode] = {
    "emotion",
    "face",
    "head",
    "lips",
    "lipsync",
    "talking_head",
}


def check_sync_3_generation_options_model_mode(value: str) -> Sync3GenerationOptionsModelMode:
    if value in SYNC_3_GENERATION_OPTIONS_MODEL_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_3_GENERATION_OPTIONS_MODEL_MODE_VALUES!r}"
    )

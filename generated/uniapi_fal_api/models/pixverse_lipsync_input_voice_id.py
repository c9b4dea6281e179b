from typing import Literal

PixverseLipsyncInputVoiceId = Literal[
    "Adrian",
    "Auto",
    "Ava",
    "Chloe",
    "Emily",
    "Ethan",
    "Harper",
    "Isabella",
    "Jack",
    "James",
    "Julia",
    "Liam",
    "Mason",
    "Oliver",
    "Sophia",
]

PIXVERSE_LIPSYNC_INPUT_VOICE_ID_VALUES: set[PixverseLipsyncInputVoiceId] = {
    "Adrian",
    "Auto",
    "Ava",
    "Chloe",
    "Emily",
    "Ethan",
    "Harper",
    "Isabella",
    "Jack",
    "James",
    "Julia",
    "Liam",
    "Mason",
    "Oliver",
    "Sophia",
}


def check_pixverse_lipsync_input_voice_id(value: str) -> PixverseLipsyncInputVoiceId:
    if value in PIXVERSE_LIPSYNC_INPUT_VOICE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_LIPSYNC_INPUT_VOICE_ID_VALUES!r}"
    )

from typing import Literal

InfinitalkSingleTextInputVoice = Literal[
    "Alice",
    "Aria",
    "Bill",
    "Brian",
    "Callum",
    "Charlie",
    "Charlotte",
    "Chris",
    "Daniel",
    "Eric",
    "George",
    "Jessica",
    "Laura",
    "Liam",
    "Lily",
    "Matilda",
    "River",
    "Roger",
    "Sarah",
    "Will",
]

INFINITALK_SINGLE_TEXT_INPUT_VOICE_VALUES: set[InfinitalkSingleTextInputVoice] = {
    "Alice",
    "Aria",
    "Bill",
    "Brian",
    "Callum",
    "Charlie",
    "Charlotte",
    "Chris",
    "Daniel",
    "Eric",
    "George",
    "Jessica",
    "Laura",
    "Liam",
    "Lily",
    "Matilda",
    "River",
    "Roger",
    "Sarah",
    "Will",
}


def check_infinitalk_single_text_input_voice(value: str) -> InfinitalkSingleTextInputVoice:
    if value in INFINITALK_SINGLE_TEXT_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_SINGLE_TEXT_INPUT_VOICE_VALUES!r}"
    )

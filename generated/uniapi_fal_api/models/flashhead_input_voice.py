from typing import Literal

FlashheadInputVoice = Literal[
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

FLASHHEAD_INPUT_VOICE_VALUES: set[FlashheadInputVoice] = {
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


def check_flashhead_input_voice(value: str) -> FlashheadInputVoice:
    if value in FLASHHEAD_INPUT_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLASHHEAD_INPUT_VOICE_VALUES!r}")

from typing import Literal

AiAvatarSingleTextInputVoice = Literal[
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

AI_AVATAR_SINGLE_TEXT_INPUT_VOICE_VALUES: set[AiAvatarSingleTextInputVoice] = {
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


def check_ai_avatar_single_text_input_voice(value: str) -> AiAvatarSingleTextInputVoice:
    if value in AI_AVATAR_SINGLE_TEXT_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_SINGLE_TEXT_INPUT_VOICE_VALUES!r}"
    )

from typing import Literal

AiAvatarMultiTextInputVoice1 = Literal[
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

AI_AVATAR_MULTI_TEXT_INPUT_VOICE_1_VALUES: set[AiAvatarMultiTextInputVoice1] = {
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


def check_ai_avatar_multi_text_input_voice_1(value: str) -> AiAvatarMultiTextInputVoice1:
    if value in AI_AVATAR_MULTI_TEXT_INPUT_VOICE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_MULTI_TEXT_INPUT_VOICE_1_VALUES!r}"
    )

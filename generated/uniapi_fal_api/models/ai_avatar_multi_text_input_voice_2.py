from typing import Literal

AiAvatarMultiTextInputVoice2 = Literal[
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

AI_AVATAR_MULTI_TEXT_INPUT_VOICE_2_VALUES: set[AiAvatarMultiTextInputVoice2] = {
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


def check_ai_avatar_multi_text_input_voice_2(value: str) -> AiAvatarMultiTextInputVoice2:
    if value in AI_AVATAR_MULTI_TEXT_INPUT_VOICE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_MULTI_TEXT_INPUT_VOICE_2_VALUES!r}"
    )

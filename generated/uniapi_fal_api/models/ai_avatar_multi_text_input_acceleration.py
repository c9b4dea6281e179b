from typing import Literal

AiAvatarMultiTextInputAcceleration = Literal["high", "none", "regular"]

AI_AVATAR_MULTI_TEXT_INPUT_ACCELERATION_VALUES: set[AiAvatarMultiTextInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ai_avatar_multi_text_input_acceleration(value: str) -> AiAvatarMultiTextInputAcceleration:
    if value in AI_AVATAR_MULTI_TEXT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_MULTI_TEXT_INPUT_ACCELERATION_VALUES!r}"
    )

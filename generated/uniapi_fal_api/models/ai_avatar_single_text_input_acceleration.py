from typing import Literal

AiAvatarSingleTextInputAcceleration = Literal["high", "none", "regular"]

AI_AVATAR_SINGLE_TEXT_INPUT_ACCELERATION_VALUES: set[AiAvatarSingleTextInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ai_avatar_single_text_input_acceleration(
    value: str,
) -> AiAvatarSingleTextInputAcceleration:
    if value in AI_AVATAR_SINGLE_TEXT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_SINGLE_TEXT_INPUT_ACCELERATION_VALUES!r}"
    )

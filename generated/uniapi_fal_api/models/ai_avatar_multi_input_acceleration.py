from typing import Literal

AiAvatarMultiInputAcceleration = Literal["high", "none", "regular"]

AI_AVATAR_MULTI_INPUT_ACCELERATION_VALUES: set[AiAvatarMultiInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ai_avatar_multi_input_acceleration(value: str) -> AiAvatarMultiInputAcceleration:
    if value in AI_AVATAR_MULTI_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_MULTI_INPUT_ACCELERATION_VALUES!r}"
    )

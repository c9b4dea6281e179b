from typing import Literal

AiAvatarInputAcceleration = Literal["high", "none", "regular"]

AI_AVATAR_INPUT_ACCELERATION_VALUES: set[AiAvatarInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ai_avatar_input_acceleration(value: str) -> AiAvatarInputAcceleration:
    if value in AI_AVATAR_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_INPUT_ACCELERATION_VALUES!r}"
    )

from typing import Literal

LiveAvatarInputAcceleration = Literal["high", "light", "none", "regular"]

LIVE_AVATAR_INPUT_ACCELERATION_VALUES: set[LiveAvatarInputAcceleration] = {
    "high",
    "light",
    "none",
    "regular",
}


def check_live_avatar_input_acceleration(value: str) -> LiveAvatarInputAcceleration:
    if value in LIVE_AVATAR_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_AVATAR_INPUT_ACCELERATION_VALUES!r}"
    )

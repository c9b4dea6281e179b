from typing import Literal

AvatarVBackgroundType = Literal["color", "image"]

AVATAR_V_BACKGROUND_TYPE_VALUES: set[AvatarVBackgroundType] = {
    "color",
    "image",
}


def check_avatar_v_background_type(value: str) -> AvatarVBackgroundType:
    if value in AVATAR_V_BACKGROUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_V_BACKGROUND_TYPE_VALUES!r}"
    )

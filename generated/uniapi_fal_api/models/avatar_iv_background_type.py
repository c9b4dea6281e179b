from typing import Literal

AvatarIVBackgroundType = Literal["color", "image", "video"]

AVATAR_IV_BACKGROUND_TYPE_VALUES: set[AvatarIVBackgroundType] = {
    "color",
    "image",
    "video",
}


def check_avatar_iv_background_type(value: str) -> AvatarIVBackgroundType:
    if value in AVATAR_IV_BACKGROUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_IV_BACKGROUND_TYPE_VALUES!r}"
    )

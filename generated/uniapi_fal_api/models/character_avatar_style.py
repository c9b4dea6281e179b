from typing import Literal

CharacterAvatarStyle = Literal["circle", "closeUp", "normal"]

CHARACTER_AVATAR_STYLE_VALUES: set[CharacterAvatarStyle] = {
    "circle",
    "closeUp",
    "normal",
}


def check_character_avatar_style(value: str) -> CharacterAvatarStyle:
    if value in CHARACTER_AVATAR_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARACTER_AVATAR_STYLE_VALUES!r}"
    )

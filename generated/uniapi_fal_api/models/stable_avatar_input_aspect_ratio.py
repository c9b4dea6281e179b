from typing import Literal

StableAvatarInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

STABLE_AVATAR_INPUT_ASPECT_RATIO_VALUES: set[StableAvatarInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_stable_avatar_input_aspect_ratio(value: str) -> StableAvatarInputAspectRatio:
    if value in STABLE_AVATAR_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AVATAR_INPUT_ASPECT_RATIO_VALUES!r}"
    )

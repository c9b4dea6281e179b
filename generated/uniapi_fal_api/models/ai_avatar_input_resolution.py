from typing import Literal

AiAvatarInputResolution = Literal["480p", "720p"]

AI_AVATAR_INPUT_RESOLUTION_VALUES: set[AiAvatarInputResolution] = {
    "480p",
    "720p",
}


def check_ai_avatar_input_resolution(value: str) -> AiAvatarInputResolution:
    if value in AI_AVATAR_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_INPUT_RESOLUTION_VALUES!r}"
    )

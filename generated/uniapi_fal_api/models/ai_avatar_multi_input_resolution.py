from typing import Literal

AiAvatarMultiInputResolution = Literal["480p", "720p"]

AI_AVATAR_MULTI_INPUT_RESOLUTION_VALUES: set[AiAvatarMultiInputResolution] = {
    "480p",
    "720p",
}


def check_ai_avatar_multi_input_resolution(value: str) -> AiAvatarMultiInputResolution:
    if value in AI_AVATAR_MULTI_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_MULTI_INPUT_RESOLUTION_VALUES!r}"
    )

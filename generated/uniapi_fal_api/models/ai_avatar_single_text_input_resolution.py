from typing import Literal

AiAvatarSingleTextInputResolution = Literal["480p", "720p"]

AI_AVATAR_SINGLE_TEXT_INPUT_RESOLUTION_VALUES: set[AiAvatarSingleTextInputResolution] = {
    "480p",
    "720p",
}


def check_ai_avatar_single_text_input_resolution(value: str) -> AiAvatarSingleTextInputResolution:
    if value in AI_AVATAR_SINGLE_TEXT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_SINGLE_TEXT_INPUT_RESOLUTION_VALUES!r}"
    )

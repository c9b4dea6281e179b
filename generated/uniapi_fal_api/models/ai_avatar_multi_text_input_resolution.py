from typing import Literal

AiAvatarMultiTextInputResolution = Literal["480p", "720p"]

AI_AVATAR_MULTI_TEXT_INPUT_RESOLUTION_VALUES: set[AiAvatarMultiTextInputResolution] = {
    "480p",
    "720p",
}


def check_ai_avatar_multi_text_input_resolution(value: str) -> AiAvatarMultiTextInputResolution:
    if value in AI_AVATAR_MULTI_TEXT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_AVATAR_MULTI_TEXT_INPUT_RESOLUTION_VALUES!r}"
    )

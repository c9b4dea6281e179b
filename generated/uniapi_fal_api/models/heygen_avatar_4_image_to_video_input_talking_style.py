from typing import Literal

HeygenAvatar4ImageToVideoInputTalkingStyle = Literal["expressive", "stable"]

HEYGEN_AVATAR_4_IMAGE_TO_VIDEO_INPUT_TALKING_STYLE_VALUES: set[
    HeygenAvatar4ImageToVideoInputTalkingStyle
] = {
    "expressive",
    "stable",
}


def check_heygen_avatar_4_image_to_video_input_talking_style(
    value: str,
) -> HeygenAvatar4ImageToVideoInputTalkingStyle:
    if value in HEYGEN_AVATAR_4_IMAGE_TO_VIDEO_INPUT_TALKING_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_4_IMAGE_TO_VIDEO_INPUT_TALKING_STYLE_VALUES!r}"
    )

from typing import Literal

LongcatMultiAvatarImageAudioToVideoInputAudioType = Literal["add", "para"]

LONGCAT_MULTI_AVATAR_IMAGE_AUDIO_TO_VIDEO_INPUT_AUDIO_TYPE_VALUES: set[
    LongcatMultiAvatarImageAudioToVideoInputAudioType
] = {
    "add",
    "para",
}


def check_longcat_multi_avatar_image_audio_to_video_input_audio_type(
    value: str,
) -> LongcatMultiAvatarImageAudioToVideoInputAudioType:
    if value in LONGCAT_MULTI_AVATAR_IMAGE_AUDIO_TO_VIDEO_INPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_MULTI_AVATAR_IMAGE_AUDIO_TO_VIDEO_INPUT_AUDIO_TYPE_VALUES!r}"
    )

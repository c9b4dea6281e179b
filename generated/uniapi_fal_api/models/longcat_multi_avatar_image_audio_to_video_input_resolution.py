from typing import Literal

LongcatMultiAvatarImageAudioToVideoInputResolution = Literal["480p", "720p"]

LONGCAT_MULTI_AVATAR_IMAGE_AUDIO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    LongcatMultiAvatarImageAudioToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_longcat_multi_avatar_image_audio_to_video_input_resolution(
    value: str,
) -> LongcatMultiAvatarImageAudioToVideoInputResolution:
    if value in LONGCAT_MULTI_AVATAR_IMAGE_AUDIO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_MULTI_AVATAR_IMAGE_AUDIO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

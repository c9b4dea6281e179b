from typing import Literal

LongcatSingleAvatarAudioToVideoInputResolution = Literal["480p", "720p"]

LONGCAT_SINGLE_AVATAR_AUDIO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    LongcatSingleAvatarAudioToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_longcat_single_avatar_audio_to_video_input_resolution(
    value: str,
) -> LongcatSingleAvatarAudioToVideoInputResolution:
    if value in LONGCAT_SINGLE_AVATAR_AUDIO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_SINGLE_AVATAR_AUDIO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

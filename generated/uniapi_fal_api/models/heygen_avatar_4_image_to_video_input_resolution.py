from typing import Literal

HeygenAvatar4ImageToVideoInputResolution = Literal["1080p", "360p", "480p", "540p", "720p"]

HEYGEN_AVATAR_4_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HeygenAvatar4ImageToVideoInputResolution
] = {
    "1080p",
    "360p",
    "480p",
    "540p",
    "720p",
}


def check_heygen_avatar_4_image_to_video_input_resolution(
    value: str,
) -> HeygenAvatar4ImageToVideoInputResolution:
    if value in HEYGEN_AVATAR_4_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_AVATAR_4_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

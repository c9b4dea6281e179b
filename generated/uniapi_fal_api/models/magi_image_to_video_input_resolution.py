from typing import Literal

MagiImageToVideoInputResolution = Literal["480p", "720p"]

MAGI_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[MagiImageToVideoInputResolution] = {
    "480p",
    "720p",
}


def check_magi_image_to_video_input_resolution(value: str) -> MagiImageToVideoInputResolution:
    if value in MAGI_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

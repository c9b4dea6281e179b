from typing import Literal

MagiDistilledImageToVideoInputResolution = Literal["480p", "720p"]

MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    MagiDistilledImageToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_magi_distilled_image_to_video_input_resolution(
    value: str,
) -> MagiDistilledImageToVideoInputResolution:
    if value in MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

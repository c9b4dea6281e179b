from typing import Literal

MagiImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

MAGI_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[MagiImageToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_magi_image_to_video_input_aspect_ratio(value: str) -> MagiImageToVideoInputAspectRatio:
    if value in MAGI_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

MagiDistilledImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    MagiDistilledImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_magi_distilled_image_to_video_input_aspect_ratio(
    value: str,
) -> MagiDistilledImageToVideoInputAspectRatio:
    if value in MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

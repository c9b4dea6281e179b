from typing import Literal

PixverseV45ImageToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V45_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV45ImageToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v45_image_to_video_input_duration(
    value: str,
) -> PixverseV45ImageToVideoInputDuration:
    if value in PIXVERSE_V45_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

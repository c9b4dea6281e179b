from typing import Literal

PixverseV4ImageToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V4_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV4ImageToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v4_image_to_video_input_duration(
    value: str,
) -> PixverseV4ImageToVideoInputDuration:
    if value in PIXVERSE_V4_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

PixverseV5ImageToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V5_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV5ImageToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v5_image_to_video_input_duration(
    value: str,
) -> PixverseV5ImageToVideoInputDuration:
    if value in PIXVERSE_V5_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

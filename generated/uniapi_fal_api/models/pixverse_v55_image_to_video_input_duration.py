from typing import Literal

PixverseV55ImageToVideoInputDuration = Literal["10", "5", "8"]

PIXVERSE_V55_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV55ImageToVideoInputDuration] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_image_to_video_input_duration(
    value: str,
) -> PixverseV55ImageToVideoInputDuration:
    if value in PIXVERSE_V55_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

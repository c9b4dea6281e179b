from typing import Literal

PixverseV35ImageToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V35_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV35ImageToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v35_image_to_video_input_duration(
    value: str,
) -> PixverseV35ImageToVideoInputDuration:
    if value in PIXVERSE_V35_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

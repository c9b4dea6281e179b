from typing import Literal

Ltx23ImageToVideoFastInputDuration = Literal[6, 8, 10, 12, 14, 16, 18, 20]

LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_DURATION_VALUES: set[Ltx23ImageToVideoFastInputDuration] = {
    6,
    8,
    10,
    12,
    14,
    16,
    18,
    20,
}


def check_ltx_23_image_to_video_fast_input_duration(
    value: int,
) -> Ltx23ImageToVideoFastInputDuration:
    if value in LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_DURATION_VALUES!r}"
    )

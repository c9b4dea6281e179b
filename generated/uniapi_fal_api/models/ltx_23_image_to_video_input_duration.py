from typing import Literal

Ltx23ImageToVideoInputDuration = Literal[6, 8, 10]

LTX_23_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Ltx23ImageToVideoInputDuration] = {
    6,
    8,
    10,
}


def check_ltx_23_image_to_video_input_duration(value: int) -> Ltx23ImageToVideoInputDuration:
    if value in LTX_23_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

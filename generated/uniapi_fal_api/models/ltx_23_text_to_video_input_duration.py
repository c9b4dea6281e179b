from typing import Literal

Ltx23TextToVideoInputDuration = Literal[6, 8, 10]

LTX_23_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Ltx23TextToVideoInputDuration] = {
    6,
    8,
    10,
}


def check_ltx_23_text_to_video_input_duration(value: int) -> Ltx23TextToVideoInputDuration:
    if value in LTX_23_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

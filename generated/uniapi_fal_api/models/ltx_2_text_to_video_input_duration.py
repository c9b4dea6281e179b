from typing import Literal

Ltx2TextToVideoInputDuration = Literal[6, 8, 10]

LTX_2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Ltx2TextToVideoInputDuration] = {
    6,
    8,
    10,
}


def check_ltx_2_text_to_video_input_duration(value: int) -> Ltx2TextToVideoInputDuration:
    if value in LTX_2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

Sora2TextToVideoInputDuration = Literal[4, 8, 12]

SORA_2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Sora2TextToVideoInputDuration] = {
    4,
    8,
    12,
}


def check_sora_2_text_to_video_input_duration(value: int) -> Sora2TextToVideoInputDuration:
    if value in SORA_2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

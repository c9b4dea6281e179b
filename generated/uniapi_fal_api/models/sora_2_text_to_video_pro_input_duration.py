from typing import Literal

Sora2TextToVideoProInputDuration = Literal[4, 8, 12]

SORA_2_TEXT_TO_VIDEO_PRO_INPUT_DURATION_VALUES: set[Sora2TextToVideoProInputDuration] = {
    4,
    8,
    12,
}


def check_sora_2_text_to_video_pro_input_duration(value: int) -> Sora2TextToVideoProInputDuration:
    if value in SORA_2_TEXT_TO_VIDEO_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_PRO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

AlibabaHappyHorseV11TextToVideoInputDuration = Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]

ALIBABA_HAPPY_HORSE_V11_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    AlibabaHappyHorseV11TextToVideoInputDuration
] = {
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
}


def check_alibaba_happy_horse_v11_text_to_video_input_duration(
    value: int,
) -> AlibabaHappyHorseV11TextToVideoInputDuration:
    if value in ALIBABA_HAPPY_HORSE_V11_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_V11_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

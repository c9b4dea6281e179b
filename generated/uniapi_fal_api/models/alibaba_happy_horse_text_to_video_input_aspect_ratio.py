from typing import Literal

AlibabaHappyHorseTextToVideoInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

ALIBABA_HAPPY_HORSE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    AlibabaHappyHorseTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_alibaba_happy_horse_text_to_video_input_aspect_ratio(
    value: str,
) -> AlibabaHappyHorseTextToVideoInputAspectRatio:
    if value in ALIBABA_HAPPY_HORSE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

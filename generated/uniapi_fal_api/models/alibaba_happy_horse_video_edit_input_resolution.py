from typing import Literal

AlibabaHappyHorseVideoEditInputResolution = Literal["1080p", "720p"]

ALIBABA_HAPPY_HORSE_VIDEO_EDIT_INPUT_RESOLUTION_VALUES: set[
    AlibabaHappyHorseVideoEditInputResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happy_horse_video_edit_input_resolution(
    value: str,
) -> AlibabaHappyHorseVideoEditInputResolution:
    if value in ALIBABA_HAPPY_HORSE_VIDEO_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_VIDEO_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )

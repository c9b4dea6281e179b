from typing import Literal

AlibabaHappyHorseV11TextToVideoInputResolution = Literal["1080p", "720p"]

ALIBABA_HAPPY_HORSE_V11_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    AlibabaHappyHorseV11TextToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happy_horse_v11_text_to_video_input_resolution(
    value: str,
) -> AlibabaHappyHorseV11TextToVideoInputResolution:
    if value in ALIBABA_HAPPY_HORSE_V11_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_V11_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

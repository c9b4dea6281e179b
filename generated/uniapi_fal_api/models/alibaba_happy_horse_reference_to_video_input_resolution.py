from typing import Literal

AlibabaHappyHorseReferenceToVideoInputResolution = Literal["1080p", "720p"]

ALIBABA_HAPPY_HORSE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    AlibabaHappyHorseReferenceToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happy_horse_reference_to_video_input_resolution(
    value: str,
) -> AlibabaHappyHorseReferenceToVideoInputResolution:
    if value in ALIBABA_HAPPY_HORSE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

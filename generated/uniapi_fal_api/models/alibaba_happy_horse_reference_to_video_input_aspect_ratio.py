from typing import Literal

AlibabaHappyHorseReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

ALIBABA_HAPPY_HORSE_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    AlibabaHappyHorseReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_alibaba_happy_horse_reference_to_video_input_aspect_ratio(
    value: str,
) -> AlibabaHappyHorseReferenceToVideoInputAspectRatio:
    if value in ALIBABA_HAPPY_HORSE_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

AlibabaHappyHorseV11ReferenceToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "4:5", "5:4", "9:16", "9:21"
]

ALIBABA_HAPPY_HORSE_V11_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    AlibabaHappyHorseV11ReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
}


def check_alibaba_happy_horse_v11_reference_to_video_input_aspect_ratio(
    value: str,
) -> AlibabaHappyHorseV11ReferenceToVideoInputAspectRatio:
    if value in ALIBABA_HAPPY_HORSE_V11_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_V11_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

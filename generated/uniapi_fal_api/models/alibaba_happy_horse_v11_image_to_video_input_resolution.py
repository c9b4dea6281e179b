from typing import Literal

AlibabaHappyHorseV11ImageToVideoInputResolution = Literal["1080p", "720p"]

ALIBABA_HAPPY_HORSE_V11_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    AlibabaHappyHorseV11ImageToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happy_horse_v11_image_to_video_input_resolution(
    value: str,
) -> AlibabaHappyHorseV11ImageToVideoInputResolution:
    if value in ALIBABA_HAPPY_HORSE_V11_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_V11_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

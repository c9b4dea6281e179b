from typing import Literal

AlibabaHappyHorseImageToVideoInputResolution = Literal["1080p", "720p"]

ALIBABA_HAPPY_HORSE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    AlibabaHappyHorseImageToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happy_horse_image_to_video_input_resolution(
    value: str,
) -> AlibabaHappyHorseImageToVideoInputResolution:
    if value in ALIBABA_HAPPY_HORSE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

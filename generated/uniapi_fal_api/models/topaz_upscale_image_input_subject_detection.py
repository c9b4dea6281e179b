from typing import Literal

TopazUpscaleImageInputSubjectDetection = Literal["All", "Background", "Foreground"]

TOPAZ_UPSCALE_IMAGE_INPUT_SUBJECT_DETECTION_VALUES: set[TopazUpscaleImageInputSubjectDetection] = {
    "All",
    "Background",
    "Foreground",
}


def check_topaz_upscale_image_input_subject_detection(
    value: str,
) -> TopazUpscaleImageInputSubjectDetection:
    if value in TOPAZ_UPSCALE_IMAGE_INPUT_SUBJECT_DETECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_UPSCALE_IMAGE_INPUT_SUBJECT_DETECTION_VALUES!r}"
    )

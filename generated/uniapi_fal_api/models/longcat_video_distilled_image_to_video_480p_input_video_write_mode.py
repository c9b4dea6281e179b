from typing import Literal

LongcatVideoDistilledImageToVideo480PInputVideoWriteMode = Literal["balanced", "fast", "small"]

LONGCAT_VIDEO_DISTILLED_IMAGE_TO_VIDEO_480P_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    LongcatVideoDistilledImageToVideo480PInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_longcat_video_distilled_image_to_video_480p_input_video_write_mode(
    value: str,
) -> LongcatVideoDistilledImageToVideo480PInputVideoWriteMode:
    if value in LONGCAT_VIDEO_DISTILLED_IMAGE_TO_VIDEO_480P_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_DISTILLED_IMAGE_TO_VIDEO_480P_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

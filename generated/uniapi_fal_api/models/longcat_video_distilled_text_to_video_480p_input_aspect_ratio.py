from typing import Literal

LongcatVideoDistilledTextToVideo480PInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_480P_INPUT_ASPECT_RATIO_VALUES: set[
    LongcatVideoDistilledTextToVideo480PInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_longcat_video_distilled_text_to_video_480p_input_aspect_ratio(
    value: str,
) -> LongcatVideoDistilledTextToVideo480PInputAspectRatio:
    if value in LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_480P_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_480P_INPUT_ASPECT_RATIO_VALUES!r}"
    )

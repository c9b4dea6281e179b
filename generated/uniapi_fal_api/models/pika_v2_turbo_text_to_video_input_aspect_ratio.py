from typing import Literal

PikaV2TurboTextToVideoInputAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "4:5", "5:4", "9:16"]

PIKA_V2_TURBO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    PikaV2TurboTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "4:5",
    "5:4",
    "9:16",
}


def check_pika_v2_turbo_text_to_video_input_aspect_ratio(
    value: str,
) -> PikaV2TurboTextToVideoInputAspectRatio:
    if value in PIKA_V2_TURBO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V2_TURBO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

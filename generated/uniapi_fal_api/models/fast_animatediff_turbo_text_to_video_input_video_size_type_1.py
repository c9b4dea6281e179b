from typing import Literal

FastAnimatediffTurboTextToVideoInputVideoSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FAST_ANIMATEDIFF_TURBO_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    FastAnimatediffTurboTextToVideoInputVideoSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_fast_animatediff_turbo_text_to_video_input_video_size_type_1(
    value: str,
) -> FastAnimatediffTurboTextToVideoInputVideoSizeType1:
    if value in FAST_ANIMATEDIFF_TURBO_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_ANIMATEDIFF_TURBO_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )

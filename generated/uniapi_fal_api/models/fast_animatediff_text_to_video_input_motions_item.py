from typing import Literal

FastAnimatediffTextToVideoInputMotionsItem = Literal[
    "pan-left", "pan-right", "tilt-down", "tilt-up", "zoom-in", "zoom-out"
]

FAST_ANIMATEDIFF_TEXT_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES: set[
    FastAnimatediffTextToVideoInputMotionsItem
] = {
    "pan-left",
    "pan-right",
    "tilt-down",
    "tilt-up",
    "zoom-in",
    "zoom-out",
}


def check_fast_animatediff_text_to_video_input_motions_item(
    value: str,
) -> FastAnimatediffTextToVideoInputMotionsItem:
    if value in FAST_ANIMATEDIFF_TEXT_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_ANIMATEDIFF_TEXT_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES!r}"
    )

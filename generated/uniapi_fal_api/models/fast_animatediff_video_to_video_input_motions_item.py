from typing import Literal

FastAnimatediffVideoToVideoInputMotionsItem = Literal[
    "pan-left", "pan-right", "tilt-down", "tilt-up", "zoom-in", "zoom-out"
]

FAST_ANIMATEDIFF_VIDEO_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES: set[
    FastAnimatediffVideoToVideoInputMotionsItem
] = {
    "pan-left",
    "pan-right",
    "tilt-down",
    "tilt-up",
    "zoom-in",
    "zoom-out",
}


def check_fast_animatediff_video_to_video_input_motions_item(
    value: str,
) -> FastAnimatediffVideoToVideoInputMotionsItem:
    if value in FAST_ANIMATEDIFF_VIDEO_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_ANIMATEDIFF_VIDEO_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES!r}"
    )

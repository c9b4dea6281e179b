from typing import Literal

FastAnimatediffTurboVideoToVideoInputMotionsItem = Literal[
    "pan-left", "pan-right", "tilt-down", "tilt-up", "zoom-in", "zoom-out"
]

FAST_ANIMATEDIFF_TURBO_VIDEO_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES: set[
    FastAnimatediffTurboVideoToVideoInputMotionsItem
] = {
    "pan-left",
    "pan-right",
    "tilt-down",
    "tilt-up",
    "zoom-in",
    "zoom-out",
}


def check_fast_animatediff_turbo_video_to_video_input_motions_item(
    value: str,
) -> FastAnimatediffTurboVideoToVideoInputMotionsItem:
    if value in FAST_ANIMATEDIFF_TURBO_VIDEO_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_ANIMATEDIFF_TURBO_VIDEO_TO_VIDEO_INPUT_MOTIONS_ITEM_VALUES!r}"
    )

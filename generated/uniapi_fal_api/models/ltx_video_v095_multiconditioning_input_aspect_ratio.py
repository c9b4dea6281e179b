from typing import Literal

LtxVideoV095MulticonditioningInputAspectRatio = Literal["16:9", "9:16"]

LTX_VIDEO_V095_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideoV095MulticonditioningInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_ltx_video_v095_multiconditioning_input_aspect_ratio(
    value: str,
) -> LtxVideoV095MulticonditioningInputAspectRatio:
    if value in LTX_VIDEO_V095_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_V095_MULTICONDITIONING_INPUT_ASPECT_RATIO_VALUES!r}"
    )

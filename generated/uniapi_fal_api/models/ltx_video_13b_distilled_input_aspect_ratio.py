from typing import Literal

LtxVideo13BDistilledInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_VIDEO_13B_DISTILLED_INPUT_ASPECT_RATIO_VALUES: set[LtxVideo13BDistilledInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_video_13b_distilled_input_aspect_ratio(
    value: str,
) -> LtxVideo13BDistilledInputAspectRatio:
    if value in LTX_VIDEO_13B_DISTILLED_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DISTILLED_INPUT_ASPECT_RATIO_VALUES!r}"
    )

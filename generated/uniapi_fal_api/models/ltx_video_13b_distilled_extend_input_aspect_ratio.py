from typing import Literal

LtxVideo13BDistilledExtendInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTX_VIDEO_13B_DISTILLED_EXTEND_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideo13BDistilledExtendInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltx_video_13b_distilled_extend_input_aspect_ratio(
    value: str,
) -> LtxVideo13BDistilledExtendInputAspectRatio:
    if value in LTX_VIDEO_13B_DISTILLED_EXTEND_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DISTILLED_EXTEND_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

LtxVideo13BDistilledExtendInputResolution = Literal["480p", "720p"]

LTX_VIDEO_13B_DISTILLED_EXTEND_INPUT_RESOLUTION_VALUES: set[
    LtxVideo13BDistilledExtendInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_video_13b_distilled_extend_input_resolution(
    value: str,
) -> LtxVideo13BDistilledExtendInputResolution:
    if value in LTX_VIDEO_13B_DISTILLED_EXTEND_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DISTILLED_EXTEND_INPUT_RESOLUTION_VALUES!r}"
    )

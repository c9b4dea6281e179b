from typing import Literal

LtxVideo13BDistilledInputResolution = Literal["480p", "720p"]

LTX_VIDEO_13B_DISTILLED_INPUT_RESOLUTION_VALUES: set[LtxVideo13BDistilledInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_video_13b_distilled_input_resolution(
    value: str,
) -> LtxVideo13BDistilledInputResolution:
    if value in LTX_VIDEO_13B_DISTILLED_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DISTILLED_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

LtxVideo13BDevExtendInputResolution = Literal["480p", "720p"]

LTX_VIDEO_13B_DEV_EXTEND_INPUT_RESOLUTION_VALUES: set[LtxVideo13BDevExtendInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_video_13b_dev_extend_input_resolution(
    value: str,
) -> LtxVideo13BDevExtendInputResolution:
    if value in LTX_VIDEO_13B_DEV_EXTEND_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DEV_EXTEND_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

LtxVideo13BDevMulticonditioningInputResolution = Literal["480p", "720p"]

LTX_VIDEO_13B_DEV_MULTICONDITIONING_INPUT_RESOLUTION_VALUES: set[
    LtxVideo13BDevMulticonditioningInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_video_13b_dev_multiconditioning_input_resolution(
    value: str,
) -> LtxVideo13BDevMulticonditioningInputResolution:
    if value in LTX_VIDEO_13B_DEV_MULTICONDITIONING_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DEV_MULTICONDITIONING_INPUT_RESOLUTION_VALUES!r}"
    )

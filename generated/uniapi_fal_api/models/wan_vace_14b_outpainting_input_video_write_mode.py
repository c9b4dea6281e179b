from typing import Literal

WanVace14BOutpaintingInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_VACE_14B_OUTPAINTING_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanVace14BOutpaintingInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_vace_14b_outpainting_input_video_write_mode(
    value: str,
) -> WanVace14BOutpaintingInputVideoWriteMode:
    if value in WAN_VACE_14B_OUTPAINTING_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_OUTPAINTING_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

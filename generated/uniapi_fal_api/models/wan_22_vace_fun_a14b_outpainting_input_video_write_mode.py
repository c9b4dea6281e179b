from typing import Literal

Wan22VaceFunA14BOutpaintingInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Wan22VaceFunA14BOutpaintingInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_22_vace_fun_a14b_outpainting_input_video_write_mode(
    value: str,
) -> Wan22VaceFunA14BOutpaintingInputVideoWriteMode:
    if value in WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

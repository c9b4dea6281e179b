from typing import Literal

DwposeVideoInputDrawMode = Literal[
    "body-pose", "face-hand-mask", "face-mask", "face-pose", "full-pose", "hand-mask", "hand-pose"
]

DWPOSE_VIDEO_INPUT_DRAW_MODE_VALUES: set[DwposeVideoInputDrawMode] = {
    "body-pose",
    "face-hand-mask",
    "face-mask",
    "face-pose",
    "full-pose",
    "hand-mask",
    "hand-pose",
}


def check_dwpose_video_input_draw_mode(value: str) -> DwposeVideoInputDrawMode:
    if value in DWPOSE_VIDEO_INPUT_DRAW_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DWPOSE_VIDEO_INPUT_DRAW_MODE_VALUES!r}"
    )

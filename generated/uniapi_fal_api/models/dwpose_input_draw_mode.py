from typing import Literal

DwposeInputDrawMode = Literal[
    "body-pose", "face-hand-mask", "face-mask", "face-pose", "full-pose", "hand-mask", "hand-pose"
]

DWPOSE_INPUT_DRAW_MODE_VALUES: set[DwposeInputDrawMode] = {
    "body-pose",
    "face-hand-mask",
    "face-mask",
    "face-pose",
    "full-pose",
    "hand-mask",
    "hand-pose",
}


def check_dwpose_input_draw_mode(value: str) -> DwposeInputDrawMode:
    if value in DWPOSE_INPUT_DRAW_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DWPOSE_INPUT_DRAW_MODE_VALUES!r}"
    )

from typing import Literal

IdeogramV2TurboEditInputStyle = Literal[
    "anime", "auto", "design", "general", "realistic", "render_3D"
]

IDEOGRAM_V2_TURBO_EDIT_INPUT_STYLE_VALUES: set[IdeogramV2TurboEditInputStyle] = {
    "anime",
    "auto",
    "design",
    "general",
    "realistic",
    "render_3D",
}


def check_ideogram_v2_turbo_edit_input_style(value: str) -> IdeogramV2TurboEditInputStyle:
    if value in IDEOGRAM_V2_TURBO_EDIT_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2_TURBO_EDIT_INPUT_STYLE_VALUES!r}"
    )

from typing import Literal

IdeogramV2EditInputStyle = Literal["anime", "auto", "design", "general", "realistic", "render_3D"]

IDEOGRAM_V2_EDIT_INPUT_STYLE_VALUES: set[IdeogramV2EditInputStyle] = {
    "anime",
    "auto",
    "design",
    "general",
    "realistic",
    "render_3D",
}


def check_ideogram_v2_edit_input_style(value: str) -> IdeogramV2EditInputStyle:
    if value in IDEOGRAM_V2_EDIT_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2_EDIT_INPUT_STYLE_VALUES!r}"
    )

from typing import Literal

IdeogramV2InputStyle = Literal["anime", "auto", "design", "general", "realistic", "render_3D"]

IDEOGRAM_V2_INPUT_STYLE_VALUES: set[IdeogramV2InputStyle] = {
    "anime",
    "auto",
    "design",
    "general",
    "realistic",
    "render_3D",
}


def check_ideogram_v2_input_style(value: str) -> IdeogramV2InputStyle:
    if value in IDEOGRAM_V2_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2_INPUT_STYLE_VALUES!r}"
    )

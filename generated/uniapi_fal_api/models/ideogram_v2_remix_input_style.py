from typing import Literal

IdeogramV2RemixInputStyle = Literal["anime", "auto", "design", "general", "realistic", "render_3D"]

IDEOGRAM_V2_REMIX_INPUT_STYLE_VALUES: set[IdeogramV2RemixInputStyle] = {
    "anime",
    "auto",
    "design",
    "general",
    "realistic",
    "render_3D",
}


def check_ideogram_v2_remix_input_style(value: str) -> IdeogramV2RemixInputStyle:
    if value in IDEOGRAM_V2_REMIX_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2_REMIX_INPUT_STYLE_VALUES!r}"
    )

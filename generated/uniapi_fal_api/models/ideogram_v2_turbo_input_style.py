from typing import Literal

IdeogramV2TurboInputStyle = Literal["anime", "auto", "design", "general", "realistic", "render_3D"]

IDEOGRAM_V2_TURBO_INPUT_STYLE_VALUES: set[IdeogramV2TurboInputStyle] = {
    "anime",
    "auto",
    "design",
    "general",
    "realistic",
    "render_3D",
}


def check_ideogram_v2_turbo_input_style(value: str) -> IdeogramV2TurboInputStyle:
    if value in IDEOGRAM_V2_TURBO_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2_TURBO_INPUT_STYLE_VALUES!r}"
    )

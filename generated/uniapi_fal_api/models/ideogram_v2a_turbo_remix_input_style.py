from typing import Literal

IdeogramV2ATurboRemixInputStyle = Literal[
    "anime", "auto", "design", "general", "realistic", "render_3D"
]

IDEOGRAM_V2A_TURBO_REMIX_INPUT_STYLE_VALUES: set[IdeogramV2ATurboRemixInputStyle] = {
    "anime",
    "auto",
    "design",
    "general",
    "realistic",
    "render_3D",
}


def check_ideogram_v2a_turbo_remix_input_style(value: str) -> IdeogramV2ATurboRemixInputStyle:
    if value in IDEOGRAM_V2A_TURBO_REMIX_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V2A_TURBO_REMIX_INPUT_STYLE_VALUES!r}"
    )

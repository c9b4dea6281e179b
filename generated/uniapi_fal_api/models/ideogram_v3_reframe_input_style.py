from typing import Literal

IdeogramV3ReframeInputStyle = Literal["AUTO", "DESIGN", "GENERAL", "REALISTIC"]

IDEOGRAM_V3_REFRAME_INPUT_STYLE_VALUES: set[IdeogramV3ReframeInputStyle] = {
    "AUTO",
    "DESIGN",
    "GENERAL",
    "REALISTIC",
}


def check_ideogram_v3_reframe_input_style(value: str) -> IdeogramV3ReframeInputStyle:
    if value in IDEOGRAM_V3_REFRAME_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REFRAME_INPUT_STYLE_VALUES!r}"
    )

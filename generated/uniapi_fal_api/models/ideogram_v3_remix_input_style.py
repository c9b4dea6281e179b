from typing import Literal

IdeogramV3RemixInputStyle = Literal["AUTO", "DESIGN", "GENERAL", "REALISTIC"]

IDEOGRAM_V3_REMIX_INPUT_STYLE_VALUES: set[IdeogramV3RemixInputStyle] = {
    "AUTO",
    "DESIGN",
    "GENERAL",
    "REALISTIC",
}


def check_ideogram_v3_remix_input_style(value: str) -> IdeogramV3RemixInputStyle:
    if value in IDEOGRAM_V3_REMIX_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REMIX_INPUT_STYLE_VALUES!r}"
    )

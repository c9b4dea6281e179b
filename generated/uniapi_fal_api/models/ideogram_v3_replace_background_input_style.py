from typing import Literal

IdeogramV3ReplaceBackgroundInputStyle = Literal["AUTO", "DESIGN", "GENERAL", "REALISTIC"]

IDEOGRAM_V3_REPLACE_BACKGROUND_INPUT_STYLE_VALUES: set[IdeogramV3ReplaceBackgroundInputStyle] = {
    "AUTO",
    "DESIGN",
    "GENERAL",
    "REALISTIC",
}


def check_ideogram_v3_replace_background_input_style(
    value: str,
) -> IdeogramV3ReplaceBackgroundInputStyle:
    if value in IDEOGRAM_V3_REPLACE_BACKGROUND_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REPLACE_BACKGROUND_INPUT_STYLE_VALUES!r}"
    )

from typing import Literal

IdeogramV3InputStyleType0 = Literal["AUTO", "DESIGN", "GENERAL", "REALISTIC"]

IDEOGRAM_V3_INPUT_STYLE_TYPE_0_VALUES: set[IdeogramV3InputStyleType0] = {
    "AUTO",
    "DESIGN",
    "GENERAL",
    "REALISTIC",
}


def check_ideogram_v3_input_style_type_0(value: str) -> IdeogramV3InputStyleType0:
    if value in IDEOGRAM_V3_INPUT_STYLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_INPUT_STYLE_TYPE_0_VALUES!r}"
    )

from typing import Literal

WatermarkPosition = Literal["bottom_left", "bottom_right", "center", "top_left", "top_right"]

WATERMARK_POSITION_VALUES: set[WatermarkPosition] = {
    "bottom_left",
    "bottom_right",
    "center",
    "top_left",
    "top_right",
}


def check_watermark_position(value: str) -> WatermarkPosition:
    if value in WATERMARK_POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WATERMARK_POSITION_VALUES!r}")

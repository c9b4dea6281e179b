from typing import Literal

AvatarVWatermarkPlacement = Literal["bottom-left", "bottom-right", "top-left", "top-right"]

AVATAR_V_WATERMARK_PLACEMENT_VALUES: set[AvatarVWatermarkPlacement] = {
    "bottom-left",
    "bottom-right",
    "top-left",
    "top-right",
}


def check_avatar_v_watermark_placement(value: str) -> AvatarVWatermarkPlacement:
    if value in AVATAR_V_WATERMARK_PLACEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_V_WATERMARK_PLACEMENT_VALUES!r}"
    )

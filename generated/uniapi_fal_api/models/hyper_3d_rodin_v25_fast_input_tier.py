from typing import Literal

Hyper3DRodinV25FastInputTier = Literal["Gen-2.5-Extreme-Low", "Gen-2.5-Low", "Gen-2.5-Minimum"]

HYPER_3D_RODIN_V25_FAST_INPUT_TIER_VALUES: set[Hyper3DRodinV25FastInputTier] = {
    "Gen-2.5-Extreme-Low",
    "Gen-2.5-Low",
    "Gen-2.5-Minimum",
}


def check_hyper_3d_rodin_v25_fast_input_tier(value: str) -> Hyper3DRodinV25FastInputTier:
    if value in HYPER_3D_RODIN_V25_FAST_INPUT_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_FAST_INPUT_TIER_VALUES!r}"
    )

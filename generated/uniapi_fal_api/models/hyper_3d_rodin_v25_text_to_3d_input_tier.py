from typing import Literal

Hyper3DRodinV25TextTo3DInputTier = Literal[
    "Gen-2.5-Extreme-High",
    "Gen-2.5-Extreme-Low",
    "Gen-2.5-High",
    "Gen-2.5-Low",
    "Gen-2.5-Medium",
    "Gen-2.5-Minimum",
]

HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_TIER_VALUES: set[Hyper3DRodinV25TextTo3DInputTier] = {
    "Gen-2.5-Extreme-High",
    "Gen-2.5-Extreme-Low",
    "Gen-2.5-High",
    "Gen-2.5-Low",
    "Gen-2.5-Medium",
    "Gen-2.5-Minimum",
}


def check_hyper_3d_rodin_v25_text_to_3d_input_tier(value: str) -> Hyper3DRodinV25TextTo3DInputTier:
    if value in HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_TIER_VALUES!r}"
    )

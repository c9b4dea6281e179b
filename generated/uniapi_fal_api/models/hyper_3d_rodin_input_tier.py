from typing import Literal

Hyper3DRodinInputTier = Literal["Regular", "Sketch"]

HYPER_3D_RODIN_INPUT_TIER_VALUES: set[Hyper3DRodinInputTier] = {
    "Regular",
    "Sketch",
}


def check_hyper_3d_rodin_input_tier(value: str) -> Hyper3DRodinInputTier:
    if value in HYPER_3D_RODIN_INPUT_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_INPUT_TIER_VALUES!r}"
    )

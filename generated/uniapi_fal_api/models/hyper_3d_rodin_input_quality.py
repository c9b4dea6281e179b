from typing import Literal

Hyper3DRodinInputQuality = Literal["extra-low", "high", "low", "medium"]

HYPER_3D_RODIN_INPUT_QUALITY_VALUES: set[Hyper3DRodinInputQuality] = {
    "extra-low",
    "high",
    "low",
    "medium",
}


def check_hyper_3d_rodin_input_quality(value: str) -> Hyper3DRodinInputQuality:
    if value in HYPER_3D_RODIN_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_INPUT_QUALITY_VALUES!r}"
    )

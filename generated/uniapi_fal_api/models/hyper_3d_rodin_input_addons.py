from typing import Literal

Hyper3DRodinInputAddons = Literal["HighPack"]

HYPER_3D_RODIN_INPUT_ADDONS_VALUES: set[Hyper3DRodinInputAddons] = {
    "HighPack",
}


def check_hyper_3d_rodin_input_addons(value: str) -> Hyper3DRodinInputAddons:
    if value in HYPER_3D_RODIN_INPUT_ADDONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_INPUT_ADDONS_VALUES!r}"
    )

from typing import Literal

Hyper3DRodinV2InputAddons = Literal["HighPack"]

HYPER_3D_RODIN_V2_INPUT_ADDONS_VALUES: set[Hyper3DRodinV2InputAddons] = {
    "HighPack",
}


def check_hyper_3d_rodin_v2_input_addons(value: str) -> Hyper3DRodinV2InputAddons:
    if value in HYPER_3D_RODIN_V2_INPUT_ADDONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V2_INPUT_ADDONS_VALUES!r}"
    )

from typing import Literal

Hyper3DRodinV25FastInputTextureMode = Literal["extreme-low", "high", "legacy", "low", "medium"]

HYPER_3D_RODIN_V25_FAST_INPUT_TEXTURE_MODE_VALUES: set[Hyper3DRodinV25FastInputTextureMode] = {
    "extreme-low",
    "high",
    "legacy",
    "low",
    "medium",
}


def check_hyper_3d_rodin_v25_fast_input_texture_mode(
    value: str,
) -> Hyper3DRodinV25FastInputTextureMode:
    if value in HYPER_3D_RODIN_V25_FAST_INPUT_TEXTURE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_FAST_INPUT_TEXTURE_MODE_VALUES!r}"
    )

from typing import Literal

Hyper3DRodinV25TextTo3DInputTextureMode = Literal["extreme-low", "high", "legacy", "low", "medium"]

HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_TEXTURE_MODE_VALUES: set[
    Hyper3DRodinV25TextTo3DInputTextureMode
] = {
    "extreme-low",
    "high",
    "legacy",
    "low",
    "medium",
}


def check_hyper_3d_rodin_v25_text_to_3d_input_texture_mode(
    value: str,
) -> Hyper3DRodinV25TextTo3DInputTextureMode:
    if value in HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_TEXTURE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_TEXTURE_MODE_VALUES!r}"
    )

from typing import Literal

MeshyV6TextTo3DInputMode = Literal["full", "preview"]

MESHY_V6_TEXT_TO_3D_INPUT_MODE_VALUES: set[MeshyV6TextTo3DInputMode] = {
    "full",
    "preview",
}


def check_meshy_v6_text_to_3d_input_mode(value: str) -> MeshyV6TextTo3DInputMode:
    if value in MESHY_V6_TEXT_TO_3D_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_TEXT_TO_3D_INPUT_MODE_VALUES!r}"
    )

from typing import Literal

Hunyuan3DV31SmartTopologyInputFaceLevel = Literal["high", "low", "medium"]

HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_FACE_LEVEL_VALUES: set[
    Hunyuan3DV31SmartTopologyInputFaceLevel
] = {
    "high",
    "low",
    "medium",
}


def check_hunyuan_3dv31_smart_topology_input_face_level(
    value: str,
) -> Hunyuan3DV31SmartTopologyInputFaceLevel:
    if value in HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_FACE_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_FACE_LEVEL_VALUES!r}"
    )

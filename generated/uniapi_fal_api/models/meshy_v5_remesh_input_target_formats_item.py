from typing import Literal

MeshyV5RemeshInputTargetFormatsItem = Literal["blend", "fbx", "glb", "obj", "stl", "usdz"]

MESHY_V5_REMESH_INPUT_TARGET_FORMATS_ITEM_VALUES: set[MeshyV5RemeshInputTargetFormatsItem] = {
    "blend",
    "fbx",
    "glb",
    "obj",
    "stl",
    "usdz",
}


def check_meshy_v5_remesh_input_target_formats_item(
    value: str,
) -> MeshyV5RemeshInputTargetFormatsItem:
    if value in MESHY_V5_REMESH_INPUT_TARGET_FORMATS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V5_REMESH_INPUT_TARGET_FORMATS_ITEM_VALUES!r}"
    )

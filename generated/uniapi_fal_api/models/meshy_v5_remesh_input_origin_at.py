from typing import Literal

MeshyV5RemeshInputOriginAt = Literal["bottom", "center"]

MESHY_V5_REMESH_INPUT_ORIGIN_AT_VALUES: set[MeshyV5RemeshInputOriginAt] = {
    "bottom",
    "center",
}


def check_meshy_v5_remesh_input_origin_at(value: str) -> MeshyV5RemeshInputOriginAt:
    if value in MESHY_V5_REMESH_INPUT_ORIGIN_AT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V5_REMESH_INPUT_ORIGIN_AT_VALUES!r}"
    )

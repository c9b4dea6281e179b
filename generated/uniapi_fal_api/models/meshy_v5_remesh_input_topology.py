from typing import Literal

MeshyV5RemeshInputTopology = Literal["quad", "triangle"]

MESHY_V5_REMESH_INPUT_TOPOLOGY_VALUES: set[MeshyV5RemeshInputTopology] = {
    "quad",
    "triangle",
}


def check_meshy_v5_remesh_input_topology(value: str) -> MeshyV5RemeshInputTopology:
    if value in MESHY_V5_REMESH_INPUT_TOPOLOGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V5_REMESH_INPUT_TOPOLOGY_VALUES!r}"
    )

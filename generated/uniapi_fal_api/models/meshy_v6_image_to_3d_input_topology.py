from typing import Literal

MeshyV6ImageTo3DInputTopology = Literal["quad", "triangle"]

MESHY_V6_IMAGE_TO_3D_INPUT_TOPOLOGY_VALUES: set[MeshyV6ImageTo3DInputTopology] = {
    "quad",
    "triangle",
}


def check_meshy_v6_image_to_3d_input_topology(value: str) -> MeshyV6ImageTo3DInputTopology:
    if value in MESHY_V6_IMAGE_TO_3D_INPUT_TOPOLOGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_IMAGE_TO_3D_INPUT_TOPOLOGY_VALUES!r}"
    )

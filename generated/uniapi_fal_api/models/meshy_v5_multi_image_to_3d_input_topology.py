from typing import Literal

MeshyV5MultiImageTo3DInputTopology = Literal["quad", "triangle"]

MESHY_V5_MULTI_IMAGE_TO_3D_INPUT_TOPOLOGY_VALUES: set[MeshyV5MultiImageTo3DInputTopology] = {
    "quad",
    "triangle",
}


def check_meshy_v5_multi_image_to_3d_input_topology(
    value: str,
) -> MeshyV5MultiImageTo3DInputTopology:
    if value in MESHY_V5_MULTI_IMAGE_TO_3D_INPUT_TOPOLOGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V5_MULTI_IMAGE_TO_3D_INPUT_TOPOLOGY_VALUES!r}"
    )

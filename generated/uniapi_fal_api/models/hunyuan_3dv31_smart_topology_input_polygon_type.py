from typing import Literal

Hunyuan3DV31SmartTopologyInputPolygonType = Literal["quadrilateral", "triangle"]

HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_POLYGON_TYPE_VALUES: set[
    Hunyuan3DV31SmartTopologyInputPolygonType
] = {
    "quadrilateral",
    "triangle",
}


def check_hunyuan_3dv31_smart_topology_input_polygon_type(
    value: str,
) -> Hunyuan3DV31SmartTopologyInputPolygonType:
    if value in HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_POLYGON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_POLYGON_TYPE_VALUES!r}"
    )

from typing import Literal

Hunyuan3DV3ImageTo3DInputPolygonType = Literal["quadrilateral", "triangle"]

HUNYUAN_3DV3_IMAGE_TO_3D_INPUT_POLYGON_TYPE_VALUES: set[Hunyuan3DV3ImageTo3DInputPolygonType] = {
    "quadrilateral",
    "triangle",
}


def check_hunyuan_3dv3_image_to_3d_input_polygon_type(
    value: str,
) -> Hunyuan3DV3ImageTo3DInputPolygonType:
    if value in HUNYUAN_3DV3_IMAGE_TO_3D_INPUT_POLYGON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV3_IMAGE_TO_3D_INPUT_POLYGON_TYPE_VALUES!r}"
    )

from typing import Literal

Tripo3DTripoV25ImageTo3DInputStyle = Literal[
    "ancient_bronze",
    "animal:venom",
    "gold",
    "object:barbie",
    "object:christmas",
    "object:clay",
    "object:steampunk",
    "person:person2cartoon",
]

TRIPO_3D_TRIPO_V25_IMAGE_TO_3D_INPUT_STYLE_VALUES: set[Tripo3DTripoV25ImageTo3DInputStyle] = {
    "ancient_bronze",
    "animal:venom",
    "gold",
    "object:barbie",
    "object:christmas",
    "object:clay",
    "object:steampunk",
    "person:person2cartoon",
}


def check_tripo_3d_tripo_v25_image_to_3d_input_style(
    value: str,
) -> Tripo3DTripoV25ImageTo3DInputStyle:
    if value in TRIPO_3D_TRIPO_V25_IMAGE_TO_3D_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3D_TRIPO_V25_IMAGE_TO_3D_INPUT_STYLE_VALUES!r}"
    )

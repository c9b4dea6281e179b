from typing import Literal

ImageAppsV2TextureTransformInputTargetTexture = Literal[
    "brick",
    "ceramic",
    "clay",
    "concrete",
    "cotton",
    "crystal",
    "denim",
    "fabric",
    "felt",
    "foam",
    "glass",
    "lace",
    "leather",
    "marble",
    "metal",
    "plastic",
    "rubber",
    "silk",
    "stone",
    "velvet",
    "wood",
    "wool",
]

IMAGE_APPS_V2_TEXTURE_TRANSFORM_INPUT_TARGET_TEXTURE_VALUES: set[
    ImageAppsV2TextureTransformInputTargetTexture
] = {
    "brick",
    "ceramic",
    "clay",
    "concrete",
    "cotton",
    "crystal",
    "denim",
    "fabric",
    "felt",
    "foam",
    "glass",
    "lace",
    "leather",
    "marble",
    "metal",
    "plastic",
    "rubber",
    "silk",
    "stone",
    "velvet",
    "wood",
    "wool",
}


def check_image_apps_v2_texture_transform_input_target_texture(
    value: str,
) -> ImageAppsV2TextureTransformInputTargetTexture:
    if value in IMAGE_APPS_V2_TEXTURE_TRANSFORM_INPUT_TARGET_TEXTURE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_TEXTURE_TRANSFORM_INPUT_TARGET_TEXTURE_VALUES!r}"
    )

from typing import Literal

MapImageFileMapType = Literal["basecolor", "height", "metalness", "normal", "roughness"]

MAP_IMAGE_FILE_MAP_TYPE_VALUES: set[MapImageFileMapType] = {
    "basecolor",
    "height",
    "metalness",
    "normal",
    "roughness",
}


def check_map_image_file_map_type(value: str) -> MapImageFileMapType:
    if value in MAP_IMAGE_FILE_MAP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAP_IMAGE_FILE_MAP_TYPE_VALUES!r}"
    )

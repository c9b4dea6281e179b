from typing import Literal

Hunyuan3DV31SmartTopologyInputInputFileType = Literal["glb", "obj"]

HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_INPUT_FILE_TYPE_VALUES: set[
    Hunyuan3DV31SmartTopologyInputInputFileType
] = {
    "glb",
    "obj",
}


def check_hunyuan_3dv31_smart_topology_input_input_file_type(
    value: str,
) -> Hunyuan3DV31SmartTopologyInputInputFileType:
    if value in HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_INPUT_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV31_SMART_TOPOLOGY_INPUT_INPUT_FILE_TYPE_VALUES!r}"
    )

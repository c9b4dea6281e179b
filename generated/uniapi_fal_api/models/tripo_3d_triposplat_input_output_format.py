from typing import Literal

Tripo3DTriposplatInputOutputFormat = Literal["ply", "splat"]

TRIPO_3D_TRIPOSPLAT_INPUT_OUTPUT_FORMAT_VALUES: set[Tripo3DTriposplatInputOutputFormat] = {
    "ply",
    "splat",
}


def check_tripo_3d_triposplat_input_output_format(value: str) -> Tripo3DTriposplatInputOutputFormat:
    if value in TRIPO_3D_TRIPOSPLAT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3D_TRIPOSPLAT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

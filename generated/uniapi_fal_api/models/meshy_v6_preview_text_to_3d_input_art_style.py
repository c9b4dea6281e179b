from typing import Literal

MeshyV6PreviewTextTo3DInputArtStyle = Literal["realistic", "sculpture"]

MESHY_V6_PREVIEW_TEXT_TO_3D_INPUT_ART_STYLE_VALUES: set[MeshyV6PreviewTextTo3DInputArtStyle] = {
    "realistic",
    "sculpture",
}


def check_meshy_v6_preview_text_to_3d_input_art_style(
    value: str,
) -> MeshyV6PreviewTextTo3DInputArtStyle:
    if value in MESHY_V6_PREVIEW_TEXT_TO_3D_INPUT_ART_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_PREVIEW_TEXT_TO_3D_INPUT_ART_STYLE_VALUES!r}"
    )

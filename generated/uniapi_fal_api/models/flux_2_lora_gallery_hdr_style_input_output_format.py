from typing import Literal

Flux2LoraGalleryHdrStyleInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_HDR_STYLE_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryHdrStyleInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_hdr_style_input_output_format(
    value: str,
) -> Flux2LoraGalleryHdrStyleInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_HDR_STYLE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_HDR_STYLE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

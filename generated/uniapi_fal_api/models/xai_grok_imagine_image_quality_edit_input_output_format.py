from typing import Literal

XaiGrokImagineImageQualityEditInputOutputFormat = Literal["jpeg", "png", "webp"]

XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    XaiGrokImagineImageQualityEditInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_xai_grok_imagine_image_quality_edit_input_output_format(
    value: str,
) -> XaiGrokImagineImageQualityEditInputOutputFormat:
    if value in XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

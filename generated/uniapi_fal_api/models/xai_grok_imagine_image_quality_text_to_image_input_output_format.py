from typing import Literal

XaiGrokImagineImageQualityTextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    XaiGrokImagineImageQualityTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_xai_grok_imagine_image_quality_text_to_image_input_output_format(
    value: str,
) -> XaiGrokImagineImageQualityTextToImageInputOutputFormat:
    if value in XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

XaiGrokImagineImageQualityTextToImageInputResolution = Literal["1k", "2k"]

XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineImageQualityTextToImageInputResolution
] = {
    "1k",
    "2k",
}


def check_xai_grok_imagine_image_quality_text_to_image_input_resolution(
    value: str,
) -> XaiGrokImagineImageQualityTextToImageInputResolution:
    if value in XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )

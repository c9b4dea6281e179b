from typing import Literal

XaiGrokImagineImageQualityTextToImageInputAspectRatio = Literal[
    "16:9",
    "19.5:9",
    "1:1",
    "1:2",
    "20:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:19.5",
    "9:20",
]

XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    XaiGrokImagineImageQualityTextToImageInputAspectRatio
] = {
    "16:9",
    "19.5:9",
    "1:1",
    "1:2",
    "20:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:19.5",
    "9:20",
}


def check_xai_grok_imagine_image_quality_text_to_image_input_aspect_ratio(
    value: str,
) -> XaiGrokImagineImageQualityTextToImageInputAspectRatio:
    if value in XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )

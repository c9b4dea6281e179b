from typing import Literal

XaiGrokImagineImageQualityEditInputAspectRatio = Literal[
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
    "auto",
]

XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_ASPECT_RATIO_VALUES: set[
    XaiGrokImagineImageQualityEditInputAspectRatio
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
    "auto",
}


def check_xai_grok_imagine_image_quality_edit_input_aspect_ratio(
    value: str,
) -> XaiGrokImagineImageQualityEditInputAspectRatio:
    if value in XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_ASPECT_RATIO_VALUES!r}"
    )

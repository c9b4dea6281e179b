from typing import Literal

XaiGrokImagineImageEditInputOutputFormat = Literal["jpeg", "png", "webp"]

XAI_GROK_IMAGINE_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    XaiGrokImagineImageEditInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_xai_grok_imagine_image_edit_input_output_format(
    value: str,
) -> XaiGrokImagineImageEditInputOutputFormat:
    if value in XAI_GROK_IMAGINE_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

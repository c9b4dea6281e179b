from typing import Literal

ViduTemplateToVideoInputAspectRatio = Literal["16:9", "9:16"]

VIDU_TEMPLATE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[ViduTemplateToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_vidu_template_to_video_input_aspect_ratio(
    value: str,
) -> ViduTemplateToVideoInputAspectRatio:
    if value in VIDU_TEMPLATE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEMPLATE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

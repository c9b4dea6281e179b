from typing import Literal

XaiGrokImagineVideoReferenceToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

XAI_GROK_IMAGINE_VIDEO_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    XaiGrokImagineVideoReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_xai_grok_imagine_video_reference_to_video_input_aspect_ratio(
    value: str,
) -> XaiGrokImagineVideoReferenceToVideoInputAspectRatio:
    if value in XAI_GROK_IMAGINE_VIDEO_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )

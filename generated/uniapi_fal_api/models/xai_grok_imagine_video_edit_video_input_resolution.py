from typing import Literal

XaiGrokImagineVideoEditVideoInputResolution = Literal["480p", "720p", "auto"]

XAI_GROK_IMAGINE_VIDEO_EDIT_VIDEO_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineVideoEditVideoInputResolution
] = {
    "480p",
    "720p",
    "auto",
}


def check_xai_grok_imagine_video_edit_video_input_resolution(
    value: str,
) -> XaiGrokImagineVideoEditVideoInputResolution:
    if value in XAI_GROK_IMAGINE_VIDEO_EDIT_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_EDIT_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

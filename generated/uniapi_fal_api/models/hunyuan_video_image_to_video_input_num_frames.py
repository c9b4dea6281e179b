from typing import Literal

HunyuanVideoImageToVideoInputNumFrames = Literal["129"]

HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_NUM_FRAMES_VALUES: set[
    HunyuanVideoImageToVideoInputNumFrames
] = {
    "129",
}


def check_hunyuan_video_image_to_video_input_num_frames(
    value: str,
) -> HunyuanVideoImageToVideoInputNumFrames:
    if value in HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_NUM_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_NUM_FRAMES_VALUES!r}"
    )

from typing import Literal

FastSvdTextToVideoInputDeepCache = Literal["high", "medium", "minimum", "none"]

FAST_SVD_TEXT_TO_VIDEO_INPUT_DEEP_CACHE_VALUES: set[FastSvdTextToVideoInputDeepCache] = {
    "high",
    "medium",
    "minimum",
    "none",
}


def check_fast_svd_text_to_video_input_deep_cache(value: str) -> FastSvdTextToVideoInputDeepCache:
    if value in FAST_SVD_TEXT_TO_VIDEO_INPUT_DEEP_CACHE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SVD_TEXT_TO_VIDEO_INPUT_DEEP_CACHE_VALUES!r}"
    )

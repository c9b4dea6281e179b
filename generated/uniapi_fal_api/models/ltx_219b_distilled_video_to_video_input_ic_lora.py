from typing import Literal

Ltx219BDistilledVideoToVideoInputIcLora = Literal[
    "canny", "depth", "detailer", "match_preprocessor", "none", "pose"
]

LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_IC_LORA_VALUES: set[
    Ltx219BDistilledVideoToVideoInputIcLora
] = {
    "canny",
    "depth",
    "detailer",
    "match_preprocessor",
    "none",
    "pose",
}


def check_ltx_219b_distilled_video_to_video_input_ic_lora(
    value: str,
) -> Ltx219BDistilledVideoToVideoInputIcLora:
    if value in LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_IC_LORA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_IC_LORA_VALUES!r}"
    )

from typing import Literal

BriaFiboBbqPreviewGenerateInputAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16"
]

BRIA_FIBO_BBQ_PREVIEW_GENERATE_INPUT_ASPECT_RATIO_VALUES: set[
    BriaFiboBbqPreviewGenerateInputAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_bria_fibo_bbq_preview_generate_input_aspect_ratio(
    value: str,
) -> BriaFiboBbqPreviewGenerateInputAspectRatio:
    if value in BRIA_FIBO_BBQ_PREVIEW_GENERATE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_FIBO_BBQ_PREVIEW_GENERATE_INPUT_ASPECT_RATIO_VALUES!r}"
    )

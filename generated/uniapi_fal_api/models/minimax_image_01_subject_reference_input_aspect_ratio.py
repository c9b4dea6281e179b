from typing import Literal

MinimaxImage01SubjectReferenceInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]

MINIMAX_IMAGE_01_SUBJECT_REFERENCE_INPUT_ASPECT_RATIO_VALUES: set[
    MinimaxImage01SubjectReferenceInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_minimax_image_01_subject_reference_input_aspect_ratio(
    value: str,
) -> MinimaxImage01SubjectReferenceInputAspectRatio:
    if value in MINIMAX_IMAGE_01_SUBJECT_REFERENCE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_IMAGE_01_SUBJECT_REFERENCE_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

KolorsImageToImageInputScheduler = Literal[
    "DEISMultistepScheduler",
    "DPMSolverMultistepScheduler",
    "DPMSolverMultistepScheduler_SDE_karras",
    "EulerAncestralDiscreteScheduler",
    "EulerDiscreteScheduler",
    "UniPCMultistepScheduler",
]

KOLORS_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES: set[KolorsImageToImageInputScheduler] = {
    "DEISMultistepScheduler",
    "DPMSolverMultistepScheduler",
    "DPMSolverMultistepScheduler_SDE_karras",
    "EulerAncestralDiscreteScheduler",
    "EulerDiscreteScheduler",
    "UniPCMultistepScheduler",
}


def check_kolors_image_to_image_input_scheduler(value: str) -> KolorsImageToImageInputScheduler:
    if value in KOLORS_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOLORS_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES!r}"
    )

from typing import Literal

LoraImageToImageInputScheduler = Literal[
    "DDIM",
    "DPM++ 2M",
    "DPM++ 2M Karras",
    "DPM++ 2M SDE",
    "DPM++ 2M SDE Karras",
    "Euler",
    "Euler (trailing timesteps)",
    "Euler A",
    "LCM",
    "LCM (trailing timesteps)",
    "TCD",
]

LORA_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES: set[LoraImageToImageInputScheduler] = {
    "DDIM",
    "DPM++ 2M",
    "DPM++ 2M Karras",
    "DPM++ 2M SDE",
    "DPM++ 2M SDE Karras",
    "Euler",
    "Euler (trailing timesteps)",
    "Euler A",
    "LCM",
    "LCM (trailing timesteps)",
    "TCD",
}


def check_lora_image_to_image_input_scheduler(value: str) -> LoraImageToImageInputScheduler:
    if value in LORA_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES!r}"
    )

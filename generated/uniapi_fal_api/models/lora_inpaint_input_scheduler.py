from typing import Literal

LoraInpaintInputScheduler = Literal[
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

LORA_INPAINT_INPUT_SCHEDULER_VALUES: set[LoraInpaintInputScheduler] = {
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


def check_lora_inpaint_input_scheduler(value: str) -> LoraInpaintInputScheduler:
    if value in LORA_INPAINT_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_INPAINT_INPUT_SCHEDULER_VALUES!r}"
    )

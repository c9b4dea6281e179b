from typing import Literal

LightningModelsInputScheduler = Literal[
    "DPM++ 2M",
    "DPM++ 2M Karras",
    "DPM++ 2M SDE",
    "DPM++ 2M SDE Karras",
    "DPM++ SDE",
    "DPM++ SDE Karras",
    "EDMDPMSolverMultistepScheduler",
    "Euler",
    "Euler (trailing timesteps)",
    "Euler A",
    "KDPM 2A",
    "LCM",
    "TCDScheduler",
]

LIGHTNING_MODELS_INPUT_SCHEDULER_VALUES: set[LightningModelsInputScheduler] = {
    "DPM++ 2M",
    "DPM++ 2M Karras",
    "DPM++ 2M SDE",
    "DPM++ 2M SDE Karras",
    "DPM++ SDE",
    "DPM++ SDE Karras",
    "EDMDPMSolverMultistepScheduler",
    "Euler",
    "Euler (trailing timesteps)",
    "Euler A",
    "KDPM 2A",
    "LCM",
    "TCDScheduler",
}


def check_lightning_models_input_scheduler(value: str) -> LightningModelsInputScheduler:
    if value in LIGHTNING_MODELS_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTNING_MODELS_INPUT_SCHEDULER_VALUES!r}"
    )

from typing import Literal

Flux2ProOutpaintInputMode = Literal["fast", "high"]

FLUX_2_PRO_OUTPAINT_INPUT_MODE_VALUES: set[Flux2ProOutpaintInputMode] = {
    "fast",
    "high",
}


def check_flux_2_pro_outpaint_input_mode(value: str) -> Flux2ProOutpaintInputMode:
    if value in FLUX_2_PRO_OUTPAINT_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_PRO_OUTPAINT_INPUT_MODE_VALUES!r}"
    )

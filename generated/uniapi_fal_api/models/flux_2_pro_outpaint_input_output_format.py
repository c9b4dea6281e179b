from typing import Literal

Flux2ProOutpaintInputOutputFormat = Literal["jpeg", "png"]

FLUX_2_PRO_OUTPAINT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2ProOutpaintInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_2_pro_outpaint_input_output_format(value: str) -> Flux2ProOutpaintInputOutputFormat:
    if value in FLUX_2_PRO_OUTPAINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_PRO_OUTPAINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

CcsrInputTileDiffusion = Literal["gaussian", "mix", "none"]

CCSR_INPUT_TILE_DIFFUSION_VALUES: set[CcsrInputTileDiffusion] = {
    "gaussian",
    "mix",
    "none",
}


def check_ccsr_input_tile_diffusion(value: str) -> CcsrInputTileDiffusion:
    if value in CCSR_INPUT_TILE_DIFFUSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CCSR_INPUT_TILE_DIFFUSION_VALUES!r}"
    )

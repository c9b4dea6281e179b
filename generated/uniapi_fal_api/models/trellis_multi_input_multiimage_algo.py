from typing import Literal

TrellisMultiInputMultiimageAlgo = Literal["multidiffusion", "stochastic"]

TRELLIS_MULTI_INPUT_MULTIIMAGE_ALGO_VALUES: set[TrellisMultiInputMultiimageAlgo] = {
    "multidiffusion",
    "stochastic",
}


def check_trellis_multi_input_multiimage_algo(value: str) -> TrellisMultiInputMultiimageAlgo:
    if value in TRELLIS_MULTI_INPUT_MULTIIMAGE_ALGO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_MULTI_INPUT_MULTIIMAGE_ALGO_VALUES!r}"
    )

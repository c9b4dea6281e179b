from typing import Literal

Flux2KleinRealtimeInputImageSize = Literal["square", "square_hd"]

FLUX_2_KLEIN_REALTIME_INPUT_IMAGE_SIZE_VALUES: set[Flux2KleinRealtimeInputImageSize] = {
    "square",
    "square_hd",
}


def check_flux_2_klein_realtime_input_image_size(value: str) -> Flux2KleinRealtimeInputImageSize:
    if value in FLUX_2_KLEIN_REALTIME_INPUT_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_REALTIME_INPUT_IMAGE_SIZE_VALUES!r}"
    )

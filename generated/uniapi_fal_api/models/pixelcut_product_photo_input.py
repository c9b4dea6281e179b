from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixelcut_product_photo_input_image_size_type_1 import (
    PixelcutProductPhotoInputImageSizeType1,
    check_pixelcut_product_photo_input_image_size_type_1,
)
from ..models.pixelcut_product_photo_input_output_format import (
    PixelcutProductPhotoInputOutputFormat,
    check_pixelcut_product_photo_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background import Background
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.margin import Margin
    from ..models.shadow import Shadow
    from ..models.watermark import Watermark
    from .pixelcut_product_photo_output import PixelcutProductPhotoOutput  # noqa: F401


T = TypeVar("T", bound="PixelcutProductPhotoInput")


@_attrs_define
class PixelcutProductPhotoInput(
    FalInput["PixelcutProductPhotoOutput"], endpoint="pixelcut/product-photo"
):
    """Input of `pixelcut/product-photo` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    background: Background | Unset = UNSET
    """Background."""
    image_size: ImageSizeV9A3DFF | PixelcutProductPhotoInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    margin: Margin | Unset = UNSET
    """Margin."""
    output_format: PixelcutProductPhotoInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg"."""
    shadow: Shadow | Unset = UNSET
    """Shadow."""
    sync_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""
    watermark: Watermark | Unset = UNSET
    """Watermark."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.margin, Unset):
            margin = self.margin.to_dict()

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        shadow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shadow, Unset):
            shadow = self.shadow.to_dict()

        sync_mode = self.sync_mode

        watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark, Unset):
            watermark = self.watermark.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if margin is not UNSET:
            field_dict["margin"] = margin
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if shadow is not UNSET:
            field_dict["shadow"] = shadow
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background import Background  # noqa: PLC0415
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.margin import Margin  # noqa: PLC0415
        from ..models.shadow import Shadow  # noqa: PLC0415
        from ..models.watermark import Watermark  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _background = d.pop("background", UNSET)
        background: Background | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = Background.from_dict(_background)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | PixelcutProductPhotoInputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_pixelcut_product_photo_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _margin = d.pop("margin", UNSET)
        margin: Margin | Unset
        if isinstance(_margin, Unset):
            margin = UNSET
        else:
            margin = Margin.from_dict(_margin)

        _output_format = d.pop("output_format", UNSET)
        output_format: PixelcutProductPhotoInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_pixelcut_product_photo_input_output_format(_output_format)

        _shadow = d.pop("shadow", UNSET)
        shadow: Shadow | Unset
        if isinstance(_shadow, Unset):
            shadow = UNSET
        else:
            shadow = Shadow.from_dict(_shadow)

        sync_mode = d.pop("sync_mode", UNSET)

        _watermark = d.pop("watermark", UNSET)
        watermark: Watermark | Unset
        if isinstance(_watermark, Unset):
            watermark = UNSET
        else:
            watermark = Watermark.from_dict(_watermark)

        pixelcut_product_photo_input = cls(
            image_url=image_url,
            background=background,
            image_size=image_size,
            margin=margin,
            output_format=output_format,
            shadow=shadow,
            sync_mode=sync_mode,
            watermark=watermark,
        )

        return pixelcut_product_photo_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="Tripo3DTriposplatOutput")


@_attrs_define
class Tripo3DTriposplatOutput:
    """Output of `tripo3d/triposplat` (unknown)."""

    model_mesh: FalFileV6E13DB
    """FalFileV6E13DB."""
    num_gaussians: float
    """Number."""
    preprocessed_image: ImageV5F105F
    """ImageV5F105F."""
    seed: float
    """Number."""
    timings: Any
    """Any value."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_mesh = self.model_mesh.to_dict()

        num_gaussians = self.num_gaussians

        preprocessed_image = self.preprocessed_image.to_dict()

        seed = self.seed

        timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_mesh": model_mesh,
                "num_gaussians": num_gaussians,
                "preprocessed_image": preprocessed_image,
                "seed": seed,
                "timings": timings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        model_mesh = FalFileV6E13DB.from_dict(d.pop("model_mesh"))

        num_gaussians = d.pop("num_gaussians")

        preprocessed_image = ImageV5F105F.from_dict(d.pop("preprocessed_image"))

        seed = d.pop("seed")

        timings = d.pop("timings")

        tripo_3d_triposplat_output = cls(
            model_mesh=model_mesh,
            num_gaussians=num_gaussians,
            preprocessed_image=preprocessed_image,
            seed=seed,
            timings=timings,
        )

        tripo_3d_triposplat_output.additional_properties = d
        return tripo_3d_triposplat_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="OmnipartOutput")


@_attrs_define
class OmnipartOutput:
    """Output of `fal-ai/omnipart` (image-to-3d). fal no longer lists this endpoint."""

    model_mesh: FalFileVB4CC40
    """FalFileVB4CC40."""
    full_model_mesh: FalFileVB4CC40
    """FalFileVB4CC40."""
    output_zip: FalFileVB4CC40
    """FalFileVB4CC40."""
    seed: int
    """Seed: integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_mesh = self.model_mesh.to_dict()

        full_model_mesh = self.full_model_mesh.to_dict()

        output_zip = self.output_zip.to_dict()

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_mesh": model_mesh,
                "full_model_mesh": full_model_mesh,
                "output_zip": output_zip,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        model_mesh = FalFileVB4CC40.from_dict(d.pop("model_mesh"))

        full_model_mesh = FalFileVB4CC40.from_dict(d.pop("full_model_mesh"))

        output_zip = FalFileVB4CC40.from_dict(d.pop("output_zip"))

        seed = d.pop("seed")

        omnipart_output = cls(
            model_mesh=model_mesh,
            full_model_mesh=full_model_mesh,
            output_zip=output_zip,
            seed=seed,
        )

        omnipart_output.additional_properties = d
        return omnipart_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_format_container import (
    OutputFormatContainer,
    check_output_format_container,
)
from ..models.output_format_encoding import (
    OutputFormatEncoding,
    check_output_format_encoding,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputFormat")


@_attrs_define
class OutputFormat:
    bit_rate: float | Unset = UNSET
    """Number."""
    container: OutputFormatContainer | Unset = UNSET
    """One of "mp3", "raw". Server default: "mp3"."""
    encoding: OutputFormatEncoding | Unset = UNSET
    """One of "pcm_s16le", "pcm_f32le", "pcm_mulaw"."""
    sample_rate: float | Unset = UNSET
    """Number. Server default: 44100."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bit_rate = self.bit_rate

        container: str | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bit_rate is not UNSET:
            field_dict["bit_rate"] = bit_rate
        if container is not UNSET:
            field_dict["container"] = container
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bit_rate = d.pop("bit_rate", UNSET)

        _container = d.pop("container", UNSET)
        container: OutputFormatContainer | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = check_output_format_container(_container)

        _encoding = d.pop("encoding", UNSET)
        encoding: OutputFormatEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_output_format_encoding(_encoding)

        sample_rate = d.pop("sample_rate", UNSET)

        output_format = cls(
            bit_rate=bit_rate,
            container=container,
            encoding=encoding,
            sample_rate=sample_rate,
        )

        output_format.additional_properties = d
        return output_format

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

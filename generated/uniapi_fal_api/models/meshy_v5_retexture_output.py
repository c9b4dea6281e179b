from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.model_urls import ModelUrls
    from ..models.texture_files import TextureFiles


T = TypeVar("T", bound="MeshyV5RetextureOutput")


@_attrs_define
class MeshyV5RetextureOutput:
    """Output of `fal-ai/meshy/v5/retexture` (3d-to-3d)."""

    model_glb: FalFile
    """Model Glb: FalFile."""
    model_urls: ModelUrls
    """Model Urls: ModelUrls."""
    thumbnail: FalFile | Unset = UNSET
    """Thumbnail: FalFile."""
    texture_urls: list[TextureFiles] | Unset = UNSET
    """Texture Urls: list of TextureFiles."""
    text_style_prompt: str | Unset = UNSET
    """Text Style Prompt: string."""
    image_style_url: str | Unset = UNSET
    """Image Style Url: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_glb = self.model_glb.to_dict()

        model_urls = self.model_urls.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        texture_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.texture_urls, Unset):
            texture_urls = []
            for texture_urls_item_data in self.texture_urls:
                texture_urls_item = texture_urls_item_data.to_dict()
                texture_urls.append(texture_urls_item)

        text_style_prompt = self.text_style_prompt

        image_style_url = self.image_style_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_glb": model_glb,
                "model_urls": model_urls,
            }
        )
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if texture_urls is not UNSET:
            field_dict["texture_urls"] = texture_urls
        if text_style_prompt is not UNSET:
            field_dict["text_style_prompt"] = text_style_prompt
        if image_style_url is not UNSET:
            field_dict["image_style_url"] = image_style_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.model_urls import ModelUrls  # noqa: PLC0415
        from ..models.texture_files import TextureFiles  # noqa: PLC0415

        d = dict(src_dict)
        model_glb = FalFile.from_dict(d.pop("model_glb"))

        model_urls = ModelUrls.from_dict(d.pop("model_urls"))

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: FalFile | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = FalFile.from_dict(_thumbnail)

        _texture_urls = d.pop("texture_urls", UNSET)
        texture_urls: list[TextureFiles] | Unset = UNSET
        if _texture_urls is not UNSET:
            texture_urls = []
            for texture_urls_item_data in _texture_urls:
                texture_urls_item = TextureFiles.from_dict(texture_urls_item_data)

                texture_urls.append(texture_urls_item)

        text_style_prompt = d.pop("text_style_prompt", UNSET)

        image_style_url = d.pop("image_style_url", UNSET)

        meshy_v5_retexture_output = cls(
            model_glb=model_glb,
            model_urls=model_urls,
            thumbnail=thumbnail,
            texture_urls=texture_urls,
            text_style_prompt=text_style_prompt,
            image_style_url=image_style_url,
        )

        meshy_v5_retexture_output.additional_properties = d
        return meshy_v5_retexture_output

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

"""Per-operation checklists written from the documentation pages, checked against the specs.

The request parameters (type, required flag, documented limits) and the response field names below were
copied by hand from the documentation pages kept in ``specs/snapshots/`` (the parameter tables and the JSON
examples), not from the specs. Response field paths use ``a.b`` for a property, ``a[]`` for the items of an
array and ``a{}`` for the values of a map (an object whose keys are data, e.g. ``thumbnail_urls``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from specdev.loader import find_specs, load_spec
from specdev.validate import validate_all

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS = REPO_ROOT / "specs"
SNAPSHOTS = SPECS / "snapshots"


@dataclass(frozen=True)
class Param:
    """A documented request parameter. ``limits`` holds the documented JSON Schema keywords and values."""

    name: str
    type: str
    required: bool
    limits: dict[str, Any] = field(default_factory=dict)
    items: str | None = None  # the item type of an array parameter


@dataclass(frozen=True)
class Operation:
    action: str
    spec: str  # relative to specs/
    location: str  # "query": RPC parameters; "body": properties of the JSON request body
    params: tuple[Param, ...]
    fields: tuple[str, ...]  # every response field of the page's table and JSON example
    maps: frozenset[str] = frozenset()  # example paths whose keys are map keys, not field names
    response_heading: str = "Success response"  # the page heading before the response JSON example
    request_heading: str | None = None  # the page heading before a request JSON example, if any

    @property
    def snapshot(self) -> Path:
        return SNAPSHOTS / (Path(self.spec).stem + ".txt")


# --------------------------------------------------------------------------------------------------------------
# response fields: the table rows and every field of the JSON example, in page order

PDS_FIELDS = (
    "items",
    "items[].domain_id",
    "items[].drive_id",
    "items[].file_id",
    "items[].name",
    "items[].type",
    "items[].content_type",
    "items[].created_at",
    "items[].updated_at",
    "items[].description",
    "items[].trashed_at",
    "items[].file_extension",
    "items[].mime_type",
    "items[].mime_extension",
    "items[].hidden",
    "items[].size",
    "items[].starred",
    "items[].status",
    "items[].user_meta",
    "items[].labels",
    "items[].upload_id",
    "items[].parent_file_id",
    "items[].crc64_hash",
    "items[].content_hash",
    "items[].content_hash_name",
    "items[].download_url",
    "items[].thumbnail",
    "items[].category",
    "items[].local_created_at",
    "items[].local_modified_at",
    "items[].revision_id",
    "items[].investigation_info",
    "items[].investigation_info.status",
    "items[].investigation_info.suggestion",
    "items[].thumbnail_urls",
    "items[].thumbnail_urls{}",
    "items[].image_media_metadata",
    "items[].image_media_metadata.time",
    "items[].image_media_metadata.width",
    "items[].image_media_metadata.height",
    "items[].image_media_metadata.location",
    "items[].image_media_metadata.country",
    "items[].image_media_metadata.province",
    "items[].image_media_metadata.city",
    "items[].image_media_metadata.district",
    "items[].image_media_metadata.township",
    "items[].image_media_metadata.address_line",
    "items[].image_media_metadata.image_tags",
    "items[].image_media_metadata.image_tags[].confidence",
    "items[].image_media_metadata.image_tags[].parent_name",
    "items[].image_media_metadata.image_tags[].name",
    "items[].image_media_metadata.image_tags[].tag_level",
    "items[].image_media_metadata.image_tags[].source",
    "items[].image_media_metadata.image_tags[].centric_score",
    "items[].image_media_metadata.faces",
    "items[].image_media_metadata.faces_thumbnail",
    "items[].image_media_metadata.faces_thumbnail[].face_id",
    "items[].image_media_metadata.faces_thumbnail[].face_group_id",
    "items[].image_media_metadata.faces_thumbnail[].face_thumbnail",
    "items[].image_media_metadata.exif",
    "items[].image_media_metadata.image_quality",
    "items[].image_media_metadata.image_quality.overall_score",
    "items[].ex_fields_info",
    "items[].ex_fields_info{}",
    "items[].content_uri",
    "items[].streams_info",
    "items[].streams_info{}",
    "items[].streams_info{}.crc64_hash",
    "items[].streams_info{}.size",
    "items[].streams_info{}.content_hash",
    "items[].streams_info{}.content_hash_name",
    "items[].streams_info{}.download_url",
    "items[].streams_info{}.url",
    "items[].streams_info{}.thumbnail",
    "items[].user_tags",
    "items[].user_tags{}",
    "items[].revision_version",
    "items[].video_media_metadata",
    "items[].video_media_metadata.time",
    "items[].video_media_metadata.width",
    "items[].video_media_metadata.height",
    "items[].video_media_metadata.location",
    "items[].video_media_metadata.country",
    "items[].video_media_metadata.province",
    "items[].video_media_metadata.city",
    "items[].video_media_metadata.district",
    "items[].video_media_metadata.township",
    "items[].video_media_metadata.address_line",
    "items[].video_media_metadata.video_media_video_stream",
    "items[].video_media_metadata.video_media_video_stream[].duration",
    "items[].video_media_metadata.video_media_video_stream[].bitrate",
    "items[].video_media_metadata.video_media_video_stream[].code_name",
    "items[].video_media_metadata.video_media_video_stream[].frame_count",
    "items[].video_media_metadata.video_media_audio_stream",
    "items[].video_media_metadata.video_media_audio_stream[].duration",
    "items[].video_media_metadata.video_media_audio_stream[].bit_rate",
    "items[].video_media_metadata.video_media_audio_stream[].code_name",
    "items[].punish_flag",
    "items[].id_path",
    "items[].name_path",
    "items[].creator_type",
    "items[].creator_id",
    "items[].creator_name",
    "items[].last_modifier_type",
    "items[].last_modifier_id",
    "items[].last_modifier_name",
    "items[].dir_size_info",
    "items[].dir_size_info.dir_count",
    "items[].dir_size_info.file_count",
    "items[].trashed",
    "items[].action_list",
    "items[].location",
    "items[].semantic_result",
    "items[].semantic_result.semantic_similarity",
    "items[].semantic_result.document_contents",
    "items[].semantic_result.document_contents[].element_contents",
    "items[].semantic_result.document_contents[].element_contents[].type",
    "items[].semantic_result.document_contents[].element_contents[].content",
    "items[].semantic_result.document_contents[].element_contents[].url",
    "items[].semantic_result.document_contents[].element_contents[].time_range",
    "items[].semantic_result.scene_contents",
    "items[].semantic_result.scene_contents[].time_range",
    "items[].semantic_result.scene_contents[].key_frames",
    "items[].semantic_result.scene_contents[].key_frames[].frame_time",
    "items[].semantic_result.scene_contents[].key_frames[].thumbnail_url",
    "items[].semantic_result.scene_contents[].thumbnail_url",
    "items[].sync_flag",
    "items[].sync_device_flag",
    "items[].origin_parent_file_id",
    "items[].url",
    "items[].custom_field_1",
    "items[].custom_field_2",
    "items[].auto_delete_left_sec",
    "next_marker",
)

IMM_FIELDS = (
    "RequestId",
    "Files",
    "Files[].OwnerId",
    "Files[].ProjectName",
    "Files[].DatasetName",
    "Files[].ObjectType",
    "Files[].ObjectId",
    "Files[].UpdateTime",
    "Files[].CreateTime",
    "Files[].URI",
    "Files[].OSSURI",
    "Files[].Filename",
    "Files[].MediaType",
    "Files[].ContentType",
    "Files[].Size",
    "Files[].FileHash",
    "Files[].FileModifiedTime",
    "Files[].FileCreateTime",
    "Files[].FileAccessTime",
    "Files[].ProduceTime",
    "Files[].LatLong",
    "Files[].Timezone",
    "Files[].Addresses",
    "Files[].Addresses[].Language",
    "Files[].Addresses[].AddressLine",
    "Files[].Addresses[].Country",
    "Files[].Addresses[].Province",
    "Files[].Addresses[].City",
    "Files[].Addresses[].District",
    "Files[].Addresses[].Township",
    "Files[].TravelClusterId",
    "Files[].Orientation",
    "Files[].Figures",
    "Files[].Figures[].FigureId",
    "Files[].Figures[].FigureConfidence",
    "Files[].Figures[].FigureClusterId",
    "Files[].Figures[].FigureClusterConfidence",
    "Files[].Figures[].FigureType",
    "Files[].Figures[].Age",
    "Files[].Figures[].AgeSD",
    "Files[].Figures[].Gender",
    "Files[].Figures[].GenderConfidence",
    "Files[].Figures[].Emotion",
    "Files[].Figures[].EmotionConfidence",
    "Files[].Figures[].FaceQuality",
    "Files[].Figures[].Boundary",
    "Files[].Figures[].Boundary.Width",
    "Files[].Figures[].Boundary.Height",
    "Files[].Figures[].Boundary.Left",
    "Files[].Figures[].Boundary.Top",
    "Files[].Figures[].Boundary.Polygon",
    "Files[].Figures[].Boundary.Polygon[].X",
    "Files[].Figures[].Boundary.Polygon[].Y",
    "Files[].Figures[].Mouth",
    "Files[].Figures[].MouthConfidence",
    "Files[].Figures[].Beard",
    "Files[].Figures[].BeardConfidence",
    "Files[].Figures[].Hat",
    "Files[].Figures[].HatConfidence",
    "Files[].Figures[].Mask",
    "Files[].Figures[].MaskConfidence",
    "Files[].Figures[].Glasses",
    "Files[].Figures[].GlassesConfidence",
    "Files[].Figures[].Sharpness",
    "Files[].Figures[].Attractive",
    "Files[].Figures[].HeadPose",
    "Files[].Figures[].HeadPose.Pitch",
    "Files[].Figures[].HeadPose.Roll",
    "Files[].Figures[].HeadPose.Yaw",
    "Files[].FigureCount",
    "Files[].Labels",
    "Files[].Labels[].Language",
    "Files[].Labels[].LabelName",
    "Files[].Labels[].LabelLevel",
    "Files[].Labels[].LabelConfidence",
    "Files[].Labels[].ParentLabelName",
    "Files[].Labels[].CentricScore",
    "Files[].Labels[].LabelAlias",
    "Files[].Labels[].Clips",
    "Files[].Labels[].Clips[].TimeRange",
    "Files[].Title",
    "Files[].ImageWidth",
    "Files[].ImageHeight",
    "Files[].EXIF",
    "Files[].ImageScore",
    "Files[].ImageScore.OverallQualityScore",
    "Files[].CroppingSuggestions",
    "Files[].CroppingSuggestions[].AspectRatio",
    "Files[].CroppingSuggestions[].Confidence",
    "Files[].CroppingSuggestions[].Boundary",
    "Files[].CroppingSuggestions[].Boundary.Width",
    "Files[].CroppingSuggestions[].Boundary.Height",
    "Files[].CroppingSuggestions[].Boundary.Left",
    "Files[].CroppingSuggestions[].Boundary.Top",
    "Files[].CroppingSuggestions[].Boundary.Polygon",
    "Files[].CroppingSuggestions[].Boundary.Polygon[].X",
    "Files[].CroppingSuggestions[].Boundary.Polygon[].Y",
    "Files[].OCRContents",
    "Files[].OCRContents[].Language",
    "Files[].OCRContents[].Contents",
    "Files[].OCRContents[].Confidence",
    "Files[].OCRContents[].Boundary",
    "Files[].OCRContents[].Boundary.Width",
    "Files[].OCRContents[].Boundary.Height",
    "Files[].OCRContents[].Boundary.Left",
    "Files[].OCRContents[].Boundary.Top",
    "Files[].OCRContents[].Boundary.Polygon",
    "Files[].OCRContents[].Boundary.Polygon[].X",
    "Files[].OCRContents[].Boundary.Polygon[].Y",
    "Files[].VideoWidth",
    "Files[].VideoHeight",
    "Files[].VideoStreams",
    "Files[].VideoStreams[].Index",
    "Files[].VideoStreams[].Language",
    "Files[].VideoStreams[].CodecName",
    "Files[].VideoStreams[].CodecLongName",
    "Files[].VideoStreams[].Profile",
    "Files[].VideoStreams[].CodecTimeBase",
    "Files[].VideoStreams[].CodecTagString",
    "Files[].VideoStreams[].CodecTag",
    "Files[].VideoStreams[].Width",
    "Files[].VideoStreams[].Height",
    "Files[].VideoStreams[].HasBFrames",
    "Files[].VideoStreams[].SampleAspectRatio",
    "Files[].VideoStreams[].DisplayAspectRatio",
    "Files[].VideoStreams[].PixelFormat",
    "Files[].VideoStreams[].Level",
    "Files[].VideoStreams[].FrameRate",
    "Files[].VideoStreams[].AverageFrameRate",
    "Files[].VideoStreams[].TimeBase",
    "Files[].VideoStreams[].StartTime",
    "Files[].VideoStreams[].Duration",
    "Files[].VideoStreams[].Bitrate",
    "Files[].VideoStreams[].FrameCount",
    "Files[].VideoStreams[].Rotate",
    "Files[].VideoStreams[].BitDepth",
    "Files[].VideoStreams[].ColorSpace",
    "Files[].VideoStreams[].ColorRange",
    "Files[].VideoStreams[].ColorTransfer",
    "Files[].VideoStreams[].ColorPrimaries",
    "Files[].Subtitles",
    "Files[].Subtitles[].Index",
    "Files[].Subtitles[].Language",
    "Files[].Subtitles[].CodecName",
    "Files[].Subtitles[].CodecLongName",
    "Files[].Subtitles[].CodecTagString",
    "Files[].Subtitles[].CodecTag",
    "Files[].Subtitles[].StartTime",
    "Files[].Subtitles[].Duration",
    "Files[].Subtitles[].Bitrate",
    "Files[].Subtitles[].Content",
    "Files[].Subtitles[].Width",
    "Files[].Subtitles[].Height",
    "Files[].AudioStreams",
    "Files[].AudioStreams[].Index",
    "Files[].AudioStreams[].Language",
    "Files[].AudioStreams[].CodecName",
    "Files[].AudioStreams[].CodecLongName",
    "Files[].AudioStreams[].CodecTimeBase",
    "Files[].AudioStreams[].CodecTagString",
    "Files[].AudioStreams[].CodecTag",
    "Files[].AudioStreams[].TimeBase",
    "Files[].AudioStreams[].StartTime",
    "Files[].AudioStreams[].Duration",
    "Files[].AudioStreams[].Bitrate",
    "Files[].AudioStreams[].FrameCount",
    "Files[].AudioStreams[].Lyric",
    "Files[].AudioStreams[].SampleFormat",
    "Files[].AudioStreams[].SampleRate",
    "Files[].AudioStreams[].Channels",
    "Files[].AudioStreams[].ChannelLayout",
    "Files[].Artist",
    "Files[].AlbumArtist",
    "Files[].AudioCovers",
    "Files[].AudioCovers[].ImageWidth",
    "Files[].AudioCovers[].ImageHeight",
    "Files[].AudioCovers[].EXIF",
    "Files[].AudioCovers[].ImageScore",
    "Files[].AudioCovers[].ImageScore.OverallQualityScore",
    "Files[].AudioCovers[].CroppingSuggestions",
    "Files[].AudioCovers[].CroppingSuggestions[].AspectRatio",
    "Files[].AudioCovers[].CroppingSuggestions[].Confidence",
    "Files[].AudioCovers[].OCRContents",
    "Files[].AudioCovers[].OCRContents[].Language",
    "Files[].AudioCovers[].OCRContents[].Contents",
    "Files[].AudioCovers[].OCRContents[].Confidence",
    "Files[].Composer",
    "Files[].Performer",
    "Files[].Language",
    "Files[].Album",
    "Files[].PageCount",
    "Files[].ETag",
    "Files[].CacheControl",
    "Files[].ContentDisposition",
    "Files[].ContentEncoding",
    "Files[].ContentLanguage",
    "Files[].AccessControlAllowOrigin",
    "Files[].AccessControlRequestMethod",
    "Files[].ServerSideEncryptionCustomerAlgorithm",
    "Files[].ServerSideEncryption",
    "Files[].ServerSideDataEncryption",
    "Files[].ServerSideEncryptionKeyId",
    "Files[].OSSStorageClass",
    "Files[].OSSCRC64",
    "Files[].ObjectACL",
    "Files[].ContentMd5",
    "Files[].OSSUserMeta",
    "Files[].OSSUserMeta{}",
    "Files[].OSSTaggingCount",
    "Files[].OSSTagging",
    "Files[].OSSTagging{}",
    "Files[].OSSExpiration",
    "Files[].OSSVersionId",
    "Files[].OSSDeleteMarker",
    "Files[].OSSObjectType",
    "Files[].CustomId",
    "Files[].CustomLabels",
    "Files[].CustomLabels{}",
    "Files[].StreamCount",
    "Files[].ProgramCount",
    "Files[].FormatName",
    "Files[].FormatLongName",
    "Files[].StartTime",
    "Files[].Bitrate",
    "Files[].Duration",
    "Files[].SemanticTypes",
    "Files[].Elements",
    "Files[].Elements[].ElementContents",
    "Files[].Elements[].ElementContents[].Type",
    "Files[].Elements[].ElementContents[].Content",
    "Files[].Elements[].ElementContents[].URL",
    "Files[].Elements[].ElementContents[].TimeRange",
    "Files[].Elements[].ObjectId",
    "Files[].Elements[].ElementType",
    "Files[].Elements[].SemanticSimilarity",
    "Files[].Elements[].ElementRelations",
    "Files[].Elements[].ElementRelations[].Type",
    "Files[].Elements[].ElementRelations[].ObjectId",
    "Files[].SceneElements",
    "Files[].SceneElements[].TimeRange",
    "Files[].SceneElements[].FrameTimes",
    "Files[].SceneElements[].VideoStreamIndex",
    "Files[].SceneElements[].Labels",
    "Files[].SceneElements[].Labels[].Language",
    "Files[].SceneElements[].Labels[].LabelName",
    "Files[].SceneElements[].Labels[].LabelLevel",
    "Files[].SceneElements[].Labels[].LabelConfidence",
    "Files[].SceneElements[].Labels[].ParentLabelName",
    "Files[].SceneElements[].Labels[].CentricScore",
    "Files[].SceneElements[].Labels[].LabelAlias",
    "Files[].SceneElements[].Labels[].Clips",
    "Files[].SceneElements[].Labels[].Clips[].TimeRange",
    "Files[].OCRTexts",
    "Files[].Reason",
    "Files[].ObjectStatus",
    "Files[].Insights",
    "Files[].Insights.Video",
    "Files[].Insights.Video.Description",
    "Files[].Insights.Video.Caption",
    "Files[].Insights.Image",
    "Files[].Insights.Image.Caption",
    "Files[].Insights.Image.Description",
)

VOD_FIELDS = (
    "RequestId",
    "AIImageInfoList",
    "AIImageInfoList[].CreationTime",
    "AIImageInfoList[].AIImageInfoId",
    "AIImageInfoList[].FileURL",
    "AIImageInfoList[].Version",
    "AIImageInfoList[].VideoId",
    "AIImageInfoList[].JobId",
    "AIImageInfoList[].Score",
    "AIImageInfoList[].Format",
)

ICE_FIELDS = (
    "RequestId",
    "Success",
    "Code",
    "MediaInfoList",
    "MediaInfoList[].MediaId",
    "Total",
)

NTA_FIELDS = (
    "ResponseMetadata",
    "ResponseMetadata.RequestId",
    "ResponseMetadata.Action",
    "ResponseMetadata.Version",
    "ResponseMetadata.Service",
    "ResponseMetadata.Region",
    "Result",
    "Result.QueryKey",
)

# --------------------------------------------------------------------------------------------------------------
# the checklists

PDS = Operation(
    action="ScanFile",
    spec="alibaba/pds-2022-03-01.yaml",
    location="body",
    params=(
        Param("drive_id", "string", True),
        Param("limit", "integer", False, {"minimum": 1, "maximum": 100}),  # "Valid values: 1 to 100."
        Param("marker", "string", False),
        Param("fields", "string", False),
    ),
    fields=PDS_FIELDS,
    maps=frozenset({"items[].thumbnail_urls", "items[].ex_fields_info", "items[].streams_info", "items[].user_tags"}),
)

IMM = Operation(
    action="BatchGetFileMeta",
    spec="alibaba/imm-2020-09-30.yaml",
    location="query",
    params=(
        Param("ProjectName", "string", True),
        Param("DatasetName", "string", True),
        Param("URIs", "array", True, {"maxItems": 100}, items="string"),  # "up to 100 object URIs"
        Param("WithFields", "array", False, items="string"),
    ),
    fields=IMM_FIELDS,
    maps=frozenset({"Files[].OSSUserMeta", "Files[].OSSTagging", "Files[].CustomLabels"}),
)

VOD = Operation(
    action="ListAIImageInfo",
    spec="alibaba/vod-2017-03-21.yaml",
    location="query",
    params=(Param("VideoId", "string", True),),
    fields=VOD_FIELDS,
    response_heading="Sample success responses",
)

ICE = Operation(
    action="SearchMediaByFace",
    spec="alibaba/ice-2020-11-09.yaml",
    location="query",
    params=(
        Param("PageNo", "integer", False, {"default": 1}),  # "Default value: 1."
        Param("PageSize", "integer", False, {"default": 10, "maximum": 50}),  # "Default value: 10. Maximum value: 50."
        Param("EntityId", "string", False),
        Param("PersonImageUrl", "string", True),
        Param("FaceSearchToken", "string", True),
        Param("SearchLibName", "string", False),
        Param("MediaType", "string", False, {"enum": ["image", "video"]}),
    ),
    fields=ICE_FIELDS,
    response_heading="Sample success responses",
)

NTA = Operation(
    action="CreateFileDetection",
    spec="volcengine/nta-2024-07-30.yaml",
    location="body",
    params=(Param("SignURL", "string", True, {"minLength": 1, "maxLength": 2048}),),
    fields=NTA_FIELDS,
    response_heading="返回示例",  # "response example"
    request_heading="请求示例",  # "request example"
)

OPERATIONS = [PDS, IMM, VOD, ICE, NTA]
EXPECTED_SPECS = sorted(SPECS / op.spec for op in OPERATIONS)


# --------------------------------------------------------------------------------------------------------------
# helpers


def page_json(op: Operation, heading: str) -> Any:
    """The JSON example that follows ``heading`` in the documentation page, decoded."""
    text = op.snapshot.read_text(encoding="utf-8")
    start = text.index(heading)
    brace = text.index("\n{", start) + 1
    value, _ = json.JSONDecoder().raw_decode(text, brace)
    return value


def example_paths(value: Any, maps: frozenset[str], prefix: str = "") -> list[str]:
    """Every field path of a JSON example, in page order."""
    paths: list[str] = []
    if isinstance(value, dict):
        if prefix in maps:
            paths.append(prefix + "{}")
            for item in value.values():
                paths += example_paths(item, maps, prefix + "{}")
        else:
            for key, item in value.items():
                path = f"{prefix}.{key}" if prefix else key
                paths += [path, *example_paths(item, maps, path)]
    elif isinstance(value, list):
        for item in value:
            paths += example_paths(item, maps, prefix + "[]")
    return list(dict.fromkeys(paths))


class Spec:
    def __init__(self, op: Operation) -> None:
        self.path = SPECS / op.spec
        self.doc = load_spec(self.path)
        self.op = self.find_operation(op.action)

    def find_operation(self, action: str) -> dict[str, Any]:
        for item in self.doc.get("paths", {}).values():
            for operation in self.deref(item).values():
                if isinstance(operation, dict) and operation.get("operationId") == action:
                    return operation
        raise AssertionError(f"{self.path}: no operation with operationId {action!r}")

    def deref(self, node: Any) -> Any:
        for _ in range(50):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            assert ref.startswith("#/"), f"{self.path}: non-local $ref {ref!r}"
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        raise AssertionError(f"{self.path}: $ref loop")

    def properties(self, schema: Any) -> dict[str, Any]:
        """Properties of an object schema, through $ref and allOf/anyOf/oneOf."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}
        props = dict(schema.get("properties") or {})
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key) or []:
                props.update(self.properties(sub))
        return props

    def json_schema(self, owner: Any) -> Any:
        return self.deref(self.deref(owner)["content"]["application/json"]["schema"])

    def request_parameters(self, location: str) -> dict[str, tuple[dict[str, Any], bool]]:
        """name -> (dereferenced schema, required) of the operation's request parameters."""
        if location == "query":
            params = [self.deref(p) for p in self.op.get("parameters", [])]
            return {p["name"]: (self.deref(p.get("schema", {})), p.get("required", False)) for p in params}
        body = self.json_schema(self.op["requestBody"])
        required = set(body.get("required", []))
        return {name: (self.deref(s), name in required) for name, s in self.properties(body).items()}

    def resolve(self, schema: Any, path: str) -> str | None:
        """None when the field path exists in the schema, else the prefix that could not be resolved."""
        done = ""
        for token in path.split("."):
            name = token.split("[]")[0].split("{}")[0]
            suffixes = token[len(name) :]
            props = self.properties(schema)
            done = f"{done}.{name}" if done else name
            if name not in props:
                return done
            schema = self.deref(props[name])
            while suffixes:
                step, suffixes = suffixes[:2], suffixes[2:]
                done += step
                schema = self.deref(schema)
                if step == "[]":
                    if "items" not in schema:
                        return done
                    schema = self.deref(schema["items"])
                else:  # "{}": a map
                    extra = schema.get("additionalProperties")
                    types = schema.get("type", "object")
                    if "object" not in (types if isinstance(types, list) else [types]):
                        return done
                    if isinstance(extra, dict):
                        schema = self.deref(extra)
                    elif extra is False or schema.get("properties"):
                        return done
                    else:
                        schema = {}
        return None


@pytest.fixture(scope="module", params=OPERATIONS, ids=lambda op: op.action)
def op(request: pytest.FixtureRequest) -> Operation:
    operation: Operation = request.param
    return operation


@pytest.fixture(scope="module")
def spec(op: Operation) -> Spec:
    return Spec(op)


# --------------------------------------------------------------------------------------------------------------
# tests


def test_the_five_specs_exist() -> None:
    missing = [str(p.relative_to(REPO_ROOT)) for p in EXPECTED_SPECS if not p.is_file()]
    assert not missing, f"missing specs: {missing}"


def test_all_specs_validate() -> None:
    specs = find_specs()
    assert set(EXPECTED_SPECS) <= set(specs)
    problems = validate_all(specs)
    assert not problems, "\n".join(map(str, problems))


def test_request_parameters_match_the_page(op: Operation, spec: Spec) -> None:
    declared = spec.request_parameters(op.location)
    failures = []
    for param in op.params:
        if param.name not in declared:
            failures.append(f"{param.name}: not declared")
            continue
        schema, required = declared[param.name]
        types = schema.get("type")
        if types != param.type:
            failures.append(f"{param.name}: type {types!r}, documented {param.type!r}")
        if required != param.required:
            failures.append(f"{param.name}: required={required}, documented required={param.required}")
        for keyword, value in param.limits.items():
            if schema.get(keyword) != value:
                failures.append(f"{param.name}: {keyword}={schema.get(keyword)!r}, documented {value!r}")
        for keyword in ("default", "enum"):  # the client would send or enforce an undocumented value
            if keyword in schema and keyword not in param.limits:
                failures.append(f"{param.name}: undocumented {keyword} {schema[keyword]!r}")
        if param.items is not None:
            item_type = spec.deref(schema.get("items", {})).get("type")
            if item_type != param.items:
                failures.append(f"{param.name}: items type {item_type!r}, documented {param.items!r}")
    assert not failures, f"{op.spec} {op.action}:\n" + "\n".join(failures)


def test_no_undocumented_required_parameter(op: Operation, spec: Spec) -> None:
    documented = {p.name for p in op.params if p.required} | {"Action", "Version"}
    extra = [
        name
        for name, (_, required) in spec.request_parameters(op.location).items()
        if required and name not in documented
    ]
    assert not extra, f"{op.spec} {op.action}: required but not documented as required: {extra}"


def test_response_fields_are_in_the_spec(op: Operation, spec: Spec) -> None:
    schema = spec.json_schema(spec.op["responses"]["200"])
    missing = []
    for path in op.fields:
        unresolved = spec.resolve(schema, path)
        if unresolved is not None:
            missing.append(path if unresolved == path else f"{path} (no {unresolved})")
    assert not missing, f"{op.spec} {op.action}: documented response fields missing:\n" + "\n".join(missing)


def test_field_list_covers_the_page_example(op: Operation) -> None:
    walked = example_paths(page_json(op, op.response_heading), op.maps)
    assert [p for p in walked if p not in op.fields] == []


def test_response_example_is_verbatim(op: Operation, spec: Spec) -> None:
    media = spec.deref(spec.op["responses"]["200"])["content"]["application/json"]
    embedded = spec.deref(media["examples"]["doc"])["value"]
    page = page_json(op, op.response_heading)
    assert embedded == page
    # same key order and JSON types (1 vs 1.0, "1" vs 1)
    assert json.dumps(embedded, ensure_ascii=False) == json.dumps(page, ensure_ascii=False)


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.request_heading], ids=lambda op: op.action)
def test_request_example_is_verbatim(op: Operation) -> None:
    assert op.request_heading is not None
    spec = Spec(op)
    media = spec.deref(spec.op["requestBody"])["content"]["application/json"]
    embedded = spec.deref(media["examples"]["doc"])["value"]
    page = page_json(op, op.request_heading)
    assert embedded == page
    assert json.dumps(embedded, ensure_ascii=False) == json.dumps(page, ensure_ascii=False)

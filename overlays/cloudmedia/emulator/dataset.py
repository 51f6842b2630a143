"""The emulator's deterministic data: every answer is a pure function of the seed and the request.

Nothing is stored. A PDS drive of N files is a numbering 0..N-1: file ``k`` of drive ``d`` is generated on demand
from ``sha256(seed, d, k)``, and a ``marker`` is an opaque, checksummed encoding of the next position, so scanning a
drive of millions of files costs memory for one page only. The other services follow fixed rules:

* **PDS**: every drive id exists except one containing ``missing`` (``NotFound.Drive``); each has ``pds_files``
  files. ``fields``: ``*`` for every property, a comma-separated list for those, or (absent) the documented default
  set.
* **IMM**: ``oss://<bucket>/<object>`` and ``pds://domains/...`` URIs are indexed unless they contain ``missing``;
  BatchGetFileMeta returns the indexed ones and skips the rest (any other URI is unknown, hence skipped too). A
  project or dataset name containing ``missing`` does not exist.
* **VOD**: a video id containing ``missing`` does not exist; any other video has 1..``vod_images`` AI images
  (0 when ``vod_images`` is 0).
* **ICE**: every face search matches ``ice_total`` media assets; the media ids depend on the search.
* **NTA**: the QueryKey of a SignURL is the MD5 hex digest of the URL (the documentation's example key,
  ``d41d8cd98…8ecf8427e``, is an MD5 digest).

Items start from a deep copy of the documentation's example, read from the installed service model
(:func:`.examples.item_template`), so they carry every property the documentation shows.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import posixpath
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any
from urllib.parse import quote

from .examples import item_template

__all__ = ["PDS_DEFAULT_FIELDS", "PDS_DEFAULT_LIMIT", "DataSet"]

#: The ScanFile properties returned when ``fields`` is not given (per the documentation).
PDS_DEFAULT_FIELDS = (
    "file_id",
    "drive_id",
    "parent_file_id",
    "type",
    "created_at",
    "updated_at",
    "file_extension",
    "size",
    "starred",
    "status",
    "category",
)
#: ScanFile page size when ``limit`` is not given (the maximum the documentation allows).
PDS_DEFAULT_LIMIT = 100
#: SearchMediaByFace defaults (documented).
ICE_DEFAULT_PAGE_SIZE = 10
#: The SearchMediaByFace parameters that identify a search (the media ids depend on them, not on the page).
ICE_QUERY_KEYS = (
    "PersonImageUrl",
    "FaceSearchToken",
    "SearchLibName",
    "MediaType",
    "EntityId",
    "CustomFilters",
    "Namespace",
    "UtcCreate",
)

_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

# extension -> (PDS category, MIME type, IMM MediaType)
_KINDS: tuple[tuple[str, str, str, str], ...] = (
    ("jpg", "image", "image/jpeg", "image"),
    ("jpg", "image", "image/jpeg", "image"),
    ("jpg", "image", "image/jpeg", "image"),
    ("png", "image", "image/png", "image"),
    ("heic", "image", "image/heic", "image"),
    ("mp4", "video", "video/mp4", "video"),
    ("mov", "video", "video/quicktime", "video"),
    ("mp3", "audio", "audio/mpeg", "audio"),
    ("pdf", "doc", "application/pdf", "document"),
    ("docx", "doc", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document"),
    ("txt", "doc", "text/plain", "document"),
    ("zip", "others", "application/zip", "other"),
)
_BY_EXTENSION = {ext: (cat, mime, media) for ext, cat, mime, media in _KINDS}
_BY_EXTENSION.update(
    {
        "jpeg": ("image", "image/jpeg", "image"),
        "gif": ("image", "image/gif", "image"),
        "webp": ("image", "image/webp", "image"),
        "bmp": ("image", "image/bmp", "image"),
        "avi": ("video", "video/x-msvideo", "video"),
        "mkv": ("video", "video/x-matroska", "video"),
        "flv": ("video", "video/x-flv", "video"),
        "wav": ("audio", "audio/wav", "audio"),
        "aac": ("audio", "audio/aac", "audio"),
        "flac": ("audio", "audio/flac", "audio"),
        "doc": ("doc", "application/msword", "document"),
        "ppt": ("doc", "application/vnd.ms-powerpoint", "document"),
        "pptx": ("doc", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "document"),
        "xls": ("doc", "application/vnd.ms-excel", "document"),
        "xlsx": ("doc", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "document"),
    }
)
_PREFIX = {"image": "IMG", "video": "VID", "audio": "AUD", "doc": "DOC", "others": "FILE"}

# IMM File properties that only make sense for some media types.
_IMM_IMAGE = {"ImageWidth", "ImageHeight", "EXIF", "ImageScore", "CroppingSuggestions", "OCRContents", "Orientation"}
_IMM_VIDEO = {"VideoWidth", "VideoHeight", "VideoStreams", "Subtitles", "SceneElements"}
_IMM_AUDIO = {"Artist", "AlbumArtist", "AudioCovers", "Composer", "Performer", "Album"}
_IMM_AV = {
    "AudioStreams",
    "Language",
    "FormatName",
    "FormatLongName",
    "StartTime",
    "Bitrate",
    "Duration",
    "StreamCount",
    "ProgramCount",
}
_IMM_DOCUMENT = {"PageCount", "Elements"}
_IMM_VISUAL = {"Figures", "FigureCount", "Labels", "Insights", "LatLong", "Addresses", "TravelClusterId"}
_IMM_KEEP = {
    "image": _IMM_IMAGE | _IMM_VISUAL,
    "video": _IMM_VIDEO | _IMM_AV | _IMM_VISUAL,
    "audio": _IMM_AUDIO | _IMM_AV,
    "document": _IMM_DOCUMENT,
    "other": set(),
}
_IMM_SPECIFIC = _IMM_IMAGE | _IMM_VIDEO | _IMM_AUDIO | _IMM_AV | _IMM_DOCUMENT | _IMM_VISUAL

#: File properties that come from the documentation example rather than from the file's own numbers: every
#: property of the example but these.
_PDS_OWN = frozenset(
    {
        "domain_id",
        "drive_id",
        "file_id",
        "name",
        "type",
        "content_type",
        "created_at",
        "updated_at",
        "file_extension",
        "mime_type",
        "mime_extension",
        "hidden",
        "size",
        "starred",
        "status",
        "parent_file_id",
        "category",
        "trashed",
    }
)


def _pds_template() -> str:
    return item_template("pds", "ScanFile", "items")


@cache
def _pds_rich_names() -> frozenset[str]:
    return frozenset(json.loads(_pds_template())) - _PDS_OWN


def _pds_rich(name: str) -> bool:
    return name in _pds_rich_names()


def _pds_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _imm_time(moment: datetime) -> str:
    return moment.astimezone(timezone(timedelta(hours=8))).strftime("%Y-%m-%dT%H:%M:%S.%f000+08:00")


class DataSet:
    """The seeded data behind the operations with behaviour (see the module docstring for the rules)."""

    def __init__(
        self,
        seed: int = 0,
        *,
        pds_files: int = 1000,
        pds_domain_id: str = "bj12345",
        ice_total: int = 163,
        vod_images: int = 3,
    ) -> None:
        if pds_files < 0 or ice_total < 0 or vod_images < 0:
            raise ValueError("pds_files, ice_total and vod_images must be >= 0")
        self.seed = seed
        self.pds_files = pds_files
        self.pds_domain_id = pds_domain_id
        self.ice_total = ice_total
        self.vod_images = vod_images
        self._base = hashlib.sha256(f"cloudmedia-emulator\x00{seed}\x00".encode("ascii"))

    def __repr__(self) -> str:
        return (
            f"DataSet(seed={self.seed}, pds_files={self.pds_files}, pds_domain_id={self.pds_domain_id!r}, "
            f"ice_total={self.ice_total}, vod_images={self.vod_images})"
        )

    # ------------------------------------------------------------------------------------------ hashing

    def _digest(self, *parts: object) -> bytes:
        h = self._base.copy()
        h.update("\x00".join(map(str, parts)).encode("utf-8"))
        return h.digest()

    def _int(self, *parts: object) -> int:
        return int.from_bytes(self._digest(*parts)[:8], "big")

    def _hex(self, n: int, *parts: object) -> str:
        out = ""
        i = 0
        while len(out) < n:
            out += self._digest(*parts, i).hex()
            i += 1
        return out[:n]

    def draw(self, *parts: object) -> int:
        """A seeded 64-bit number for ``parts``."""
        return self._int(*parts)

    def hex(self, n: int, *parts: object) -> str:
        """``n`` seeded hex digits for ``parts``."""
        return self._hex(n, *parts)

    def _moment(self, *parts: object) -> datetime:
        return _EPOCH + timedelta(
            seconds=self._int(*parts) % (500 * 86400), milliseconds=self._int("ms", *parts) % 1000
        )

    # ---------------------------------------------------------------------------------------------- PDS

    @staticmethod
    def pds_drive_exists(drive_id: str) -> bool:
        return "missing" not in drive_id

    def pds_marker(self, drive_id: str, position: int) -> str:
        """The marker that makes ScanFile continue at ``position`` of ``drive_id``."""
        tag = self._hex(12, "marker", drive_id, position)
        return base64.b64encode(f"{position:x}.{tag}".encode("ascii")).decode("ascii")

    def pds_position(self, drive_id: str, marker: str) -> int | None:
        """The position a marker stands for, or None if it is not a marker of this drive."""
        try:
            text = base64.b64decode(marker.encode("ascii"), validate=True).decode("ascii")
            hex_position, tag = text.split(".", 1)
            position = int(hex_position, 16)
        except (ValueError, UnicodeError, binascii.Error):
            return None
        if position < 0 or tag != self._hex(12, "marker", drive_id, position):
            return None
        return position

    def pds_file(self, drive_id: str, k: int, *, rich: bool = True) -> dict[str, Any]:
        """File ``k`` (0-based) of ``drive_id``: every property, or (``rich=False``) the basic ones only."""
        ext, category, mime, _ = _KINDS[self._int("kind", drive_id, k) % len(_KINDS)]
        file_id = self._hex(40, "file", drive_id, k)
        name = f"{_PREFIX[category]}_{k:07d}.{ext}"
        folder = k // 100
        parent = "root" if folder == 0 else self._hex(40, "folder", drive_id, folder)
        created = self._moment("created", drive_id, k)
        updated = created + timedelta(seconds=self._int("updated", drive_id, k) % (30 * 86400))
        size = 1024 + self._int("size", drive_id, k) % (
            {"image": 8, "video": 900, "audio": 20, "doc": 4, "others": 200}[category] * 1024 * 1024
        )
        item: dict[str, Any] = {
            "domain_id": self.pds_domain_id,
            "drive_id": drive_id,
            "file_id": file_id,
            "name": name,
            "type": "file",
            "content_type": mime,
            "created_at": _pds_time(created),
            "updated_at": _pds_time(updated),
            "file_extension": ext,
            "mime_type": mime,
            "mime_extension": ext,
            "hidden": False,
            "size": size,
            "starred": k % 7 == 0,
            "status": "available",
            "parent_file_id": parent,
            "category": category,
            "trashed": False,
        }
        if not rich:
            return item
        data_host = f"https://{self.pds_domain_id}.data.aliyunpds.com"
        expires = int((updated + timedelta(minutes=15)).timestamp())
        signature = quote(base64.b64encode(self._digest("sig", drive_id, k)[:20]).decode("ascii"), safe="")
        download = f"{data_host}/{file_id}/{quote(name)}?x-oss-expires={expires}&x-oss-signature={signature}"
        thumbnail = f"{download}&x-oss-process=image%2Fresize%2Cw_200" if category in ("image", "video") else ""
        full: dict[str, Any] = json.loads(_pds_template())
        full.update(item)
        full.update(
            description="",
            trashed_at="",
            user_meta="",
            labels=[],
            upload_id=self._hex(32, "upload", drive_id, k).upper(),
            crc64_hash=str(self._int("crc64", drive_id, k)),
            content_hash=self._hex(40, "content", drive_id, k).upper(),
            content_hash_name="sha1",
            download_url=download,
            thumbnail=thumbnail,
            local_created_at=_pds_time(created),
            local_modified_at=_pds_time(created),
            revision_id=self._hex(40, "revision", drive_id, k),
            content_uri="",
            revision_version=1,
            punish_flag=0,
            id_path=f"/{parent}/{file_id}" if parent != "root" else f"/{file_id}",
            name_path=f"/folder-{folder:05d}/{name}" if parent != "root" else f"/{name}",
            creator_type="User",
            creator_id="emulator-user",
            creator_name="emulator",
            last_modifier_type="User",
            last_modifier_id="emulator-user",
            last_modifier_name="emulator",
            action_list=["FILE.LIST", "FILE.GET", "FILE.DOWNLOAD", "FILE.PREVIEW"],
            location="",
            sync_flag=False,
            sync_device_flag=False,
            origin_parent_file_id="",
            url=download,
            auto_delete_left_sec=0,
            investigation_info={"status": 4, "suggestion": "pass"},
            thumbnail_urls={"default": thumbnail} if thumbnail else {},
            streams_info={},
            ex_fields_info={"image_count": "0"},
            user_tags={"emulated": "true"},
            dir_size_info={"dir_count": 0, "file_count": 0},
        )
        if category == "image":
            width, height = (4032, 3024) if k % 2 else (1920, 1080)
            meta = full["image_media_metadata"]
            meta.update(width=width, height=height, time=_pds_time(created))
            full["labels"] = [tag["name"] for tag in meta.get("image_tags", [])]
            full.pop("video_media_metadata", None)
        elif category == "video":
            full["video_media_metadata"]["time"] = _pds_time(created)
            full.pop("image_media_metadata", None)
        else:
            full.pop("image_media_metadata", None)
            full.pop("video_media_metadata", None)
            full.pop("semantic_result", None)
        return full

    def pds_scan(self, drive_id: str, position: int, limit: int, fields: str | None) -> dict[str, Any]:
        """One ScanFile page from ``position``: ``{"items", "next_marker"}``."""
        end = min(self.pds_files, position + limit)
        if fields is None:
            wanted: tuple[str, ...] | None = PDS_DEFAULT_FIELDS
        elif fields.strip() == "*":
            wanted = None
        else:
            wanted = tuple(f.strip() for f in fields.split(",") if f.strip())
        rich = wanted is None or any(_pds_rich(name) for name in wanted)
        items = []
        for k in range(position, end):
            item = self.pds_file(drive_id, k, rich=rich)
            if wanted is not None:
                item = {name: item[name] for name in wanted if name in item}
            items.append(item)
        return {"items": items, "next_marker": self.pds_marker(drive_id, end) if end < self.pds_files else ""}

    # ---------------------------------------------------------------------------------------------- IMM

    @staticmethod
    def imm_resource_exists(name: str) -> bool:
        return "missing" not in name

    @staticmethod
    def imm_uri_valid(uri: str) -> bool:
        """An ``oss://bucket/object`` or ``pds://domains/...`` URI."""
        if uri.startswith("oss://"):
            bucket, _, key = uri[len("oss://") :].partition("/")
            return bool(bucket) and bool(key)
        return uri.startswith("pds://domains/") and len(uri) > len("pds://domains/")

    def imm_known(self, uri: str) -> bool:
        return self.imm_uri_valid(uri) and "missing" not in uri

    def imm_file(self, project: str, dataset: str, uri: str) -> dict[str, Any]:
        """The metadata of an indexed URI, with every property the documentation shows for its media type."""
        name = posixpath.basename(uri.rstrip("/")) or uri
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        _, mime, media = _BY_EXTENSION.get(ext, ("others", "application/octet-stream", "other"))
        created = self._moment("imm-created", uri)
        item: dict[str, Any] = json.loads(item_template("imm", "BatchGetFileMeta", "Files"))
        keep = _IMM_KEEP[media]
        for key in _IMM_SPECIFIC - keep:
            item.pop(key, None)
        item.pop("Reason", None)  # only for objects that failed to index
        item.update(
            OwnerId=str(1_000_000_000_000_000 + self._int("owner", project) % 9_000_000_000_000_000),
            ProjectName=project,
            DatasetName=dataset,
            ObjectType="file",
            ObjectId=hashlib.sha256(uri.encode("utf-8")).hexdigest(),
            UpdateTime=_imm_time(created + timedelta(hours=1)),
            CreateTime=_imm_time(created + timedelta(hours=1)),
            URI=uri,
            OSSURI=uri if uri.startswith("oss://") else "",
            Filename=name,
            MediaType=media,
            ContentType=mime,
            Size=1024 + self._int("imm-size", uri) % (64 * 1024 * 1024),
            FileHash=f'"{self._hex(32, "imm-hash", uri).upper()}"',
            ETag=f'"{self._hex(32, "imm-hash", uri).upper()}"',
            ContentMd5=base64.b64encode(self._digest("imm-md5", uri)[:16]).decode("ascii"),
            OSSCRC64=str(self._int("imm-crc", uri)),
            FileModifiedTime=_imm_time(created),
            FileCreateTime=_imm_time(created),
            FileAccessTime=_imm_time(created),
            ProduceTime=_imm_time(created),
            ObjectStatus="Indexed",
            CustomId=self._hex(16, "imm-custom", uri),
        )
        if "OSSVersionId" in item:
            item["OSSVersionId"] = ""
            item["OSSDeleteMarker"] = ""
        return item

    # ---------------------------------------------------------------------------------------------- VOD

    @staticmethod
    def vod_video_exists(video_id: str) -> bool:
        return "missing" not in video_id

    def vod_job_id(self, video_id: str) -> str:
        """The id of the video's seeded AI image job (the one whose images a never-submitted video lists)."""
        return self._hex(32, "vod-job", video_id)

    def vod_job_created(self, video_id: str) -> datetime:
        return self._moment("vod-job-created", video_id)

    def vod_image_infos(self, video_id: str, job_id: str | None = None) -> list[dict[str, Any]]:
        """The AI images job ``job_id`` (default: the seeded job) made of ``video_id``."""
        if self.vod_images == 0:
            return []
        job = job_id or self.vod_job_id(video_id)
        salt: tuple[str, ...] = () if job_id is None else (job_id,)
        count = 1 + self._int("vod-count", video_id, *salt) % self.vod_images
        out = []
        for i in range(count):
            fmt = "gif" if self._int("vod-format", video_id, *salt, i) % 3 else "png"
            info_id = self._hex(32, "vod-image", video_id, *salt, i)
            created = self._moment("vod-created", video_id, *salt, i)
            expires = int(created.timestamp()) + 3600
            item: dict[str, Any] = json.loads(item_template("vod", "ListAIImageInfo", "AIImageInfoList"))
            item.update(
                CreationTime=created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                AIImageInfoId=info_id,
                FileURL=f"http://example.aliyundoc.com/{quote(video_id, safe='')}/image/ai/{info_id}.{fmt}"
                f"?auth_key={expires}-0-0-{self._hex(32, 'vod-auth', video_id, *salt, i)}",
                Version=self._hex(32, "vod-version", video_id, *salt, i),
                VideoId=video_id,
                JobId=job,
                Score=f"{(self._int('vod-score', video_id, *salt, i) % 10_000_000) / 1_000_000:.15g}",
                Format=fmt,
            )
            out.append(item)
        return out

    # ---------------------------------------------------------------------------------------------- ICE

    def ice_search(
        self, query: Mapping[str, Any], page_no: int = 1, page_size: int = ICE_DEFAULT_PAGE_SIZE
    ) -> tuple[list[dict[str, Any]], int]:
        """``(MediaInfoList, Total)`` of one page of the face search described by ``query`` (wire names)."""
        fingerprint = tuple(str(query.get(k, "")) for k in ICE_QUERY_KEYS)
        total = self.ice_total
        start = (page_no - 1) * page_size
        end = min(total, start + page_size)
        items = [{"MediaId": self._hex(32, "ice-media", *fingerprint, i)} for i in range(start, end)]
        return items, total

    # ---------------------------------------------------------------------------------------------- NTA

    @staticmethod
    def nta_query_key(sign_url: str) -> str:
        return hashlib.md5(sign_url.encode("utf-8"), usedforsecurity=False).hexdigest()

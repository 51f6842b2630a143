"""Hand-written behaviour, only for the operations whose answer depends on more than the request: paging state,
seeded data and jobs. Every other operation is answered from its spec's example (:mod:`.examples`).

=============================== ===============================================================================
operation                       behaviour
=============================== ===============================================================================
PDS ScanFile                    a seeded drive of ``pds_files`` files, paged with checksummed markers
IMM BatchGetFileMeta            seeded metadata of every indexed URI, ``WithFields`` applied
IMM GetFileMeta                 the same metadata for one URI (``ResourceNotFound`` when it is not indexed)
VOD ListAIImageInfo             the images of the video's AI image jobs (:mod:`.jobs`)
VOD SubmitAIImageJob            starts an AI image job
VOD GetAIImageJobs              the jobs' states, poll by poll
ICE SearchMediaByFace           ``ice_total`` seeded media per search, paged by ``PageNo`` / ``PageSize``
NTA CreateFileDetection         starts a detection; ``QueryKey`` = MD5 of the ``SignURL``
NTA GetFileDetection            the detection's state, poll by poll, and its seeded outcome
=============================== ===============================================================================

Each answer starts from the operation's example (so fields the behaviour does not compute keep the documented
values) and is stamped with the request's id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from . import errors as E
from .dataset import ICE_DEFAULT_PAGE_SIZE, PDS_DEFAULT_LIMIT, DataSet
from .examples import example_of, stamp
from .jobs import JobBook
from .services import Call

__all__ = ["Behaviours", "Handler"]

Handler = Callable[[Call], dict[str, Any]]


def _first_item(example: Mapping[str, Any], field: str) -> dict[str, Any]:
    items = example.get(field)
    if isinstance(items, list) and items and isinstance(items[0], dict):
        return dict(items[0])
    return {}


class Behaviours:
    """The hand-written operations, over a :class:`DataSet` and a :class:`JobBook`."""

    def __init__(self, data: DataSet, jobs: JobBook) -> None:
        self.data = data
        self.jobs = jobs
        #: ``(product, action)`` -> handler; an operation not listed is answered from its example.
        self.handlers: dict[tuple[str, str], Handler] = {
            ("pds", "ScanFile"): self.scan_file,
            ("imm", "BatchGetFileMeta"): self.batch_get_file_meta,
            ("imm", "GetFileMeta"): self.get_file_meta,
            ("vod", "ListAIImageInfo"): self.list_ai_image_info,
            ("vod", "SubmitAIImageJob"): self.submit_ai_image_job,
            ("vod", "GetAIImageJobs"): self.get_ai_image_jobs,
            ("ice", "SearchMediaByFace"): self.search_media_by_face,
            ("nta", "CreateFileDetection"): self.create_file_detection,
            ("nta", "GetFileDetection"): self.get_file_detection,
        }

    def get(self, product: str, action: str) -> Handler | None:
        return self.handlers.get((product, action))

    @staticmethod
    def _base(call: Call) -> dict[str, Any]:
        assert call.route.operation is not None
        return stamp(example_of(call.route.operation), call)

    # -------------------------------------------------------------------------------------------- PDS

    def scan_file(self, call: Call) -> dict[str, Any]:
        p = call.params
        drive_id: str = p["drive_id"]
        if not self.data.pds_drive_exists(drive_id):
            raise E.pds_not_found("drive", f"drive_id: {drive_id}")
        limit: int = p.get("limit", PDS_DEFAULT_LIMIT)
        marker = p.get("marker") or ""
        position = 0
        if marker:
            found = self.data.pds_position(drive_id, marker)
            if found is None or found > self.data.pds_files:
                raise E.pds_invalid("marker", "It is not a marker of this drive.")
            position = found
        return self.data.pds_scan(drive_id, position, limit, p.get("fields"))

    # -------------------------------------------------------------------------------------------- IMM

    def _imm_dataset(self, p: Mapping[str, Any]) -> tuple[str, str]:
        project: str = p["ProjectName"]
        dataset: str = p["DatasetName"]
        if not self.data.imm_resource_exists(project):
            raise E.EmulatedError(404, "ResourceNotFound", f"The specified resource Project {project!r} is not found.")
        if not self.data.imm_resource_exists(dataset):
            raise E.EmulatedError(404, "ResourceNotFound", f"The specified resource Dataset {dataset!r} is not found.")
        return project, dataset

    def _imm_files(self, p: Mapping[str, Any], uris: list[str]) -> list[dict[str, Any]]:
        project, dataset = self._imm_dataset(p)
        fields = p.get("WithFields") or None
        files = []
        for uri in uris:
            if not self.data.imm_known(uri):
                continue
            item = self.data.imm_file(project, dataset, uri)
            if fields:
                item = {k: item[k] for k in fields if k in item}
            files.append(item)
        return files

    def batch_get_file_meta(self, call: Call) -> dict[str, Any]:
        return {"RequestId": call.request_id, "Files": self._imm_files(call.params, call.params["URIs"])}

    def get_file_meta(self, call: Call) -> dict[str, Any]:
        uri: str = call.params["URI"]
        files = self._imm_files(call.params, [uri])
        if not files:
            raise E.EmulatedError(404, "ResourceNotFound", f"The specified resource File {uri!r} is not found.")
        return {"RequestId": call.request_id, "Files": files}

    # -------------------------------------------------------------------------------------------- VOD

    def _video(self, video_id: str) -> None:
        if not self.data.vod_video_exists(video_id):
            raise E.EmulatedError(404, "InvalidVideo.NotFound", "The video does not exist.")

    def list_ai_image_info(self, call: Call) -> dict[str, Any]:
        video_id: str = call.params["VideoId"]
        self._video(video_id)
        return {"RequestId": call.request_id, "AIImageInfoList": self.jobs.video_images(video_id)}

    def submit_ai_image_job(self, call: Call) -> dict[str, Any]:
        p = call.params
        video_id: str = p["VideoId"]
        self._video(video_id)
        job_id = self.jobs.submit_image_job(video_id, str(p.get("AITemplateId", "")), str(p.get("UserData", "")))
        body = self._base(call)
        body["JobId"] = job_id
        return body

    def get_ai_image_jobs(self, call: Call) -> dict[str, Any]:
        raw = call.params["JobIds"]
        ids = [i.strip() for i in (raw if isinstance(raw, list) else str(raw).split(",")) if str(i).strip()]
        if not ids:
            raise E.missing_parameter("JobIds")
        if len(ids) > 10:
            raise E.invalid_parameter("JobIds", f"At most 10 job ids are allowed; got {len(ids)}.")
        jobs, unknown = self.jobs.poll_image_jobs(ids)
        body = self._base(call)
        template = _first_item(body, "AIImageJobList")
        body["AIImageJobList"] = [{**template, **job} for job in jobs]
        if unknown:
            body["NonExistAIImageJobIds"] = unknown
        return body

    # -------------------------------------------------------------------------------------------- ICE

    def search_media_by_face(self, call: Call) -> dict[str, Any]:
        p = call.params
        page_no: int = p.get("PageNo", 1)
        page_size: int = p.get("PageSize", ICE_DEFAULT_PAGE_SIZE)
        items, total = self.data.ice_search(p, page_no, page_size)
        return {
            "RequestId": call.request_id,
            "Success": "true",
            "Code": "200",
            "MediaInfoList": items,
            "Total": total,
        }

    # -------------------------------------------------------------------------------------------- NTA

    def create_file_detection(self, call: Call) -> dict[str, Any]:
        sign_url: str = call.params["SignURL"]
        if not sign_url.lower().startswith(("https://", "http://")):
            raise E.volc_op_invalid("SignURL", "It must be an http(s) presigned URL.")
        body = self._base(call)
        body["Result"] = {"QueryKey": self.jobs.submit_detection(sign_url)}
        return body

    def get_file_detection(self, call: Call) -> dict[str, Any]:
        body = self._base(call)
        result = body.get("Result")
        body["Result"] = {
            **(result if isinstance(result, dict) else {}),
            **self.jobs.poll_detection(call.params["QueryKey"]),
        }
        return body

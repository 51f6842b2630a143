"""Asynchronous jobs: NTA file detections and VOD AI image jobs, moving through their states poll by poll.

A job is created by its submitting operation and reports "in progress" to the first ``polls`` reads of its state,
then its final state (``polls`` is the emulator's ``job_polls`` option, ``--job-polls`` on the command line; 0
finishes a job at once). Outcomes are seeded, so they are the same in every run:

* **NTA** ``CreateFileDetection`` → ``GetFileDetection``: the ``QueryKey`` is the MD5 of the ``SignURL`` (the same
  URL always gives the same key; submitting it again starts a new detection). ``Finish`` is ``1`` (in progress),
  then ``2`` (done) or ``-1`` (failed); a key that was never submitted reads ``-2`` (not detected). The outcome
  is chosen by the file name in the URL's path - ``clean`` → clean; ``eicar``, ``virus``, ``infected`` or
  ``malware`` → infected; ``fail`` or ``corrupt`` → a failed detection - and otherwise by the seed: about 6 in 10
  files are clean, 3 in 10 infected and 1 in 10 fails to be detected. A done detection reports the file's
  ``FileMd5`` and ``FileSize`` (seeded), ``FileSecType`` (:data:`SEC_CLEAN` or :data:`SEC_INFECTED`) and, for an
  infected file, ``VirusDesc``.
* **VOD** ``SubmitAIImageJob`` → ``GetAIImageJobs`` → ``ListAIImageInfo``: ``JobId`` is seeded from the video and
  the submission's number. ``Status`` is :data:`VOD_PROCESSING`, then ``success`` (a video id containing ``fail``:
  ``fail``). Once a video has a submitted job, ``ListAIImageInfo`` lists the images of its jobs that succeeded
  (each with that ``JobId`` and ``VideoId``), and nothing while they run; a video never submitted lists the
  images of its seeded job, which ``GetAIImageJobs`` then knows too.

The book is bounded (the oldest jobs are forgotten past ``max_jobs``) and safe to use from every server thread.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from .dataset import DataSet

__all__ = [
    "FINISH_DONE",
    "FINISH_FAILED",
    "FINISH_NOT_DETECTED",
    "FINISH_RUNNING",
    "SEC_CLEAN",
    "SEC_INFECTED",
    "SEC_UNKNOWN",
    "VOD_FAIL",
    "VOD_PROCESSING",
    "VOD_SUCCESS",
    "JobBook",
]

#: GetFileDetection ``Finish`` values (documented).
FINISH_NOT_DETECTED = -2
FINISH_FAILED = -1
FINISH_RUNNING = 1
FINISH_DONE = 2
#: ``FileSecType`` (documented): unknown (not detected, or the detection failed) / ordinary file / virus file.
SEC_UNKNOWN = 0
SEC_CLEAN = 1
SEC_INFECTED = 2
#: GetAIImageJobs ``Status`` values.
VOD_PROCESSING = "Processing"
VOD_SUCCESS = "success"
VOD_FAIL = "fail"

_INFECTED_WORDS = ("eicar", "virus", "infected", "malware")
_FAILED_WORDS = ("fail", "corrupt")
_VIRUSES = (
    "Trojan.Linux.Mirai.A",
    "EICAR-Test-File (not a virus)",
    "Backdoor.Linux.Gafgyt.B",
    "Worm.Win32.Ramnit.C",
)


@dataclass
class Detection:
    """One NTA file detection."""

    query_key: str
    sign_url: str
    outcome: str
    """``clean``, ``infected`` or ``failed``."""
    polls: int = 0


@dataclass
class ImageJob:
    """One VOD AI image job."""

    job_id: str
    video_id: str
    template_id: str
    user_data: str
    created: datetime
    outcome: str
    """``success`` or ``fail``."""
    polls: int = 0
    seeded: bool = False
    """The video's seeded job (its images exist from the start)."""

    def images(self, data: DataSet) -> list[dict[str, Any]]:
        return data.vod_image_infos(self.video_id, None if self.seeded else self.job_id)


class JobBook:
    """The jobs of one emulator."""

    def __init__(
        self, data: DataSet, clock: Callable[[], datetime], *, polls: int = 2, max_jobs: int = 100_000
    ) -> None:
        if polls < 0:
            raise ValueError(f"job polls must be >= 0; got {polls}")
        self.data = data
        self.clock = clock
        self.polls = polls
        self.max_jobs = max_jobs
        self._lock = threading.Lock()
        self._detections: OrderedDict[str, Detection] = OrderedDict()
        self._image_jobs: OrderedDict[str, ImageJob] = OrderedDict()
        self._video_jobs: dict[str, list[str]] = {}

    def __repr__(self) -> str:
        return f"JobBook(polls={self.polls}, detections={len(self._detections)}, image_jobs={len(self._image_jobs)})"

    def clear(self) -> None:
        """Forget every job."""
        with self._lock:
            self._detections.clear()
            self._image_jobs.clear()
            self._video_jobs.clear()

    def _trim(self) -> None:
        while len(self._detections) > self.max_jobs:
            self._detections.popitem(last=False)
        while len(self._image_jobs) > self.max_jobs:
            _, job = self._image_jobs.popitem(last=False)
            ids = self._video_jobs.get(job.video_id)
            if ids and job.job_id in ids:
                ids.remove(job.job_id)
                if not ids:
                    del self._video_jobs[job.video_id]

    def _finished(self, polls: int) -> bool:
        return polls > self.polls

    # ---------------------------------------------------------------------------------------------- NTA

    def detection_outcome(self, sign_url: str) -> str:
        """``clean``, ``infected`` or ``failed`` for the file ``sign_url`` points at."""
        try:
            name = unquote(urlsplit(sign_url).path).lower()
        except ValueError:
            name = sign_url.lower()
        if "clean" in name:
            return "clean"
        if any(word in name for word in _INFECTED_WORDS):
            return "infected"
        if any(word in name for word in _FAILED_WORDS):
            return "failed"
        draw = self.data.draw("nta-outcome", sign_url) % 10
        return "clean" if draw < 6 else "infected" if draw < 9 else "failed"

    def submit_detection(self, sign_url: str) -> str:
        """Start (or restart) the detection of ``sign_url``; its QueryKey."""
        key = DataSet.nta_query_key(sign_url)
        with self._lock:
            self._detections[key] = Detection(key, sign_url, self.detection_outcome(sign_url))
            self._detections.move_to_end(key)
            self._trim()
        return key

    def poll_detection(self, query_key: str) -> dict[str, Any]:
        """The GetFileDetection ``Result`` of ``query_key`` (counts as one poll)."""
        with self._lock:
            job = self._detections.get(query_key)
            if job is not None:
                job.polls += 1
                polls = job.polls
        if job is None:
            return {
                "FileMd5": "",
                "FileSecType": SEC_UNKNOWN,
                "FileSize": 0,
                "Finish": FINISH_NOT_DETECTED,
                "VirusDesc": "",
            }
        size = 1024 + self.data.draw("nta-size", job.sign_url) % (512 * 1024 * 1024)
        md5 = self.data.hex(32, "nta-md5", job.sign_url)
        if not self._finished(polls):
            return {"FileMd5": "", "FileSecType": SEC_UNKNOWN, "FileSize": 0, "Finish": FINISH_RUNNING, "VirusDesc": ""}
        if job.outcome == "failed":
            return {
                "FileMd5": md5,
                "FileSecType": SEC_UNKNOWN,
                "FileSize": size,
                "Finish": FINISH_FAILED,
                "VirusDesc": "",
            }
        infected = job.outcome == "infected"
        virus = _VIRUSES[self.data.draw("nta-virus", job.sign_url) % len(_VIRUSES)] if infected else ""
        return {
            "FileMd5": md5,
            "FileSecType": SEC_INFECTED if infected else SEC_CLEAN,
            "FileSize": size,
            "Finish": FINISH_DONE,
            "VirusDesc": virus,
        }

    # ---------------------------------------------------------------------------------------------- VOD

    def submit_image_job(self, video_id: str, template_id: str = "", user_data: str = "") -> str:
        """Start an AI image job on ``video_id``; its JobId."""
        with self._lock:
            ids = self._video_jobs.setdefault(video_id, [])
            job_id = self.data.hex(32, "vod-job", video_id, len(ids) + 1)
            outcome = VOD_FAIL if "fail" in video_id.lower() else VOD_SUCCESS
            job = ImageJob(job_id, video_id, template_id, user_data, self.clock(), outcome)
            self._image_jobs[job_id] = job
            ids.append(job_id)
            self._trim()
        return job_id

    def _seeded_job(self, video_id: str) -> ImageJob:
        job_id = self.data.vod_job_id(video_id)
        created = self.data.vod_job_created(video_id)
        return ImageJob(job_id, video_id, "", "", created, VOD_SUCCESS, polls=self.polls + 1, seeded=True)

    def _job_view(self, job: ImageJob) -> dict[str, Any]:
        done = self._finished(job.polls)
        status = job.outcome if done else VOD_PROCESSING
        images = job.images(self.data) if done and status == VOD_SUCCESS else []
        result = [{"Score": float(i["Score"]), "Url": i["FileURL"].split("?", 1)[0]} for i in images]
        failed = status == VOD_FAIL
        return {
            "JobId": job.job_id,
            "VideoId": job.video_id,
            "Status": status,
            "Code": "InvalidVideo.Damaged" if failed else "Success" if done else "",
            "Message": "The video cannot be processed." if failed else "success" if done else "",
            "CreationTime": job.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "TemplateId": job.template_id,
            "TemplateConfig": "",
            "UserData": job.user_data,
            "AIImageResult": json.dumps(result, separators=(",", ":")) if done else "",
        }

    def poll_image_jobs(self, job_ids: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
        """``(jobs, unknown ids)`` for GetAIImageJobs (each known job counts one poll)."""
        found: list[ImageJob] = []
        unknown: list[str] = []
        with self._lock:
            for job_id in job_ids:
                job = self._image_jobs.get(job_id)
                if job is None:
                    unknown.append(job_id)
                    continue
                job.polls += 1
                found.append(job)
        return [self._job_view(job) for job in found], unknown

    def video_images(self, video_id: str) -> list[dict[str, Any]]:
        """ListAIImageInfo: the images of the video's succeeded jobs (its seeded job if none was submitted)."""
        with self._lock:
            ids = list(self._video_jobs.get(video_id, ()))
            jobs = [self._image_jobs[i] for i in ids if i in self._image_jobs]
            if not ids:
                seeded = self._seeded_job(video_id)
                self._image_jobs.setdefault(seeded.job_id, seeded)
                self._trim()
                jobs = [seeded]
        out: list[dict[str, Any]] = []
        for job in jobs:
            if job.outcome == VOD_SUCCESS and self._finished(job.polls):
                out.extend(job.images(self.data))
        return out

"""The documentation examples the emulator builds its answers from.

Each constant is a success example of one operation, exactly as the vendor's documentation page shows it and as the
spec embeds it (``examples: {doc: …}`` on the 200 response in ``specs/``). The specs are not installed with the
package, so the examples are kept here as Python literals; ``tests/emulator/test_data.py`` checks that they still
equal the specs' examples. Generated items start from a deep copy of these and replace identifiers, names, sizes
and times with values derived from the emulator's seed.
"""

from __future__ import annotations

from typing import Any

#: PDS ScanFile: the one item of ``items`` (a File).
PDS_FILE: dict[str, Any] = {
    "domain_id": "",
    "drive_id": "",
    "file_id": "",
    "name": "",
    "type": "",
    "content_type": "",
    "created_at": "",
    "updated_at": "",
    "description": "",
    "trashed_at": "",
    "file_extension": "",
    "mime_type": "",
    "mime_extension": "",
    "hidden": True,
    "size": 0,
    "starred": True,
    "status": "",
    "user_meta": "",
    "labels": [""],
    "upload_id": "",
    "parent_file_id": "",
    "crc64_hash": "",
    "content_hash": "",
    "content_hash_name": "",
    "download_url": "",
    "thumbnail": "",
    "category": "",
    "local_created_at": "",
    "local_modified_at": "",
    "revision_id": "",
    "investigation_info": {"status": 0, "suggestion": ""},
    "thumbnail_urls": {"key": ""},
    "image_media_metadata": {
        "time": "2006-01-02T15:04:05.000Z07:00",
        "width": 1920,
        "height": 1080,
        "location": "30.185453,120.218522",
        "country": "China",
        "province": "Zhejiang",
        "city": "Hangzhou",
        "district": "Binjiang District",
        "township": "Xixing Subdistrict",
        "address_line": "Jiangling Road, Xixing Subdistrict, Binjiang District, Hangzhou, Zhejiang",
        "image_tags": [
            {
                "confidence": 0.98,
                "parent_name": "Sports",
                "name": "Basketball",
                "tag_level": 3,
                "source": "Let's play basketball together",
                "centric_score": 0.877,
            }
        ],
        "faces": '[{"FaceId":"a9a66a86-73dd-4c95-8b79-1d8a49db5226","GroupId":"Cluster-e3b7fb52-22b3-44f2-9746-8c1804bd6af0","FaceConfidence":0.999,"Age":13,"AgeConfidence":4,"Gender":"female","GenderConfidence":1,"Emotion":"none","EmotionConfidence":0.672,"FaceAttributes":{"Mask":"none","MaskConfidence":0.894,"Beard":"none","BeardConfidence":0.997,"Glasses":"none","GlassesConfidence":0.999,"Mouth":"close","MouthConfidence":0.937,"Hat":"none","HatConfidence":0.998,"HeadPose":{"Pitch":10.684,"Roll":-10.707,"Yaw":-20.094},"FaceBoundary":{"Width":457,"Height":687,"Top":1324,"Left":1356}}}]',
        "faces_thumbnail": [
            {
                "face_id": "a9a66a86-73dd-4c95-8b79-1d8a49db5226",
                "face_group_id": "Cluster-e3b7fb52-22b3-44f2-9746-8c1804bd6af0",
                "face_thumbnail": "https://pds-domain.region.aliyuncs.com/QieGeH98%2F1001%2F63e5e551ee621482ab934a0687c6cda75fc07864%2F642a8a40c00f1ad379df421694713ee65170f09b?security-token=CAIS%2BgF1q6Ft5B2yfSjIr5bjHPCNnrdR8aSaSW7woVlmVd1Bt5HorDz2IHpPfHdoBe0btvU%2BlWxX6fwZlq5rR4QAXlDfNSyFeX20qFHPWZHInuDox55m4cTXNAr%2BIhr%2F29CoEIedZdjBe%2FCrRknZnytou9XTfimjWFrXWv%2Fgy%2BQQDLItUxK%2FcCBNCfpPOwJms7V6D3bKMuu3OROY6Qi5TmgQ41En1DIlt%2FXuk5DCtkqB12eXkLFF%2B97DRbG%2FdNRpMZtFVNO44fd7bKKp0lQLsUMSqv8q0fEcqGaW4o7CWQJLnzyCMvvJ9OVDFyN0aKEnH7J%2Bq%2FzxhTPrMnpkSlacGoABPMvZ8rSESUEP96Vbf%2Bk0JRg9Qb1MnaIJqWAgo8K6K0UP1CtqL2zrUtugpKKDHOYiKbq2O0S5yLUPVX5vBHqEi%2FFc7i6ZnHCMcXLJs4rKDKwRBEhovUXXlklq2q43OSVtLrXkBy9Xs1ers%2FhJhcxpNA0Vl3EWfJxa2BTylEdnLOQ%3D&x-oss-access-key-id=STS.NUVWJ9shpFfqKHAEY3YRmXTCN&x-oss-expires=1686455451&x-oss-process=image%2Fcrop%2Cx_1128%2Cy_1211%2Cw_914%2Ch_914%2Fformat%2Cjpg&x-oss-signature=jmhOz91Tww1ciMEwadDiioU7d93FDiBNr8s8mHyMqW0%3D&x-oss-signature-version=OSS2",
            }
        ],
        "exif": '{"Compression":{"value":"6"},"DateTime":{"value":"2020:08:19 17:11:11"}}',
        "image_quality": {"overall_score": 0.736},
    },
    "ex_fields_info": {"key": ""},
    "content_uri": "",
    "streams_info": {
        "key": {
            "crc64_hash": "",
            "size": 0,
            "content_hash": "",
            "content_hash_name": "",
            "download_url": "",
            "url": "",
            "thumbnail": "",
        }
    },
    "user_tags": {"key": ""},
    "revision_version": 0,
    "video_media_metadata": {
        "time": "2006-01-02T15:04:05.000Z07:00",
        "width": 1920,
        "height": 1080,
        "location": "30.185453,120.218522",
        "country": "China",
        "province": "Zhejiang",
        "city": "Hangzhou",
        "district": "Binjiang District",
        "township": "Xixing Subdistrict",
        "address_line": "Jiangling Road, Xixing Subdistrict, Binjiang District, Hangzhou, Zhejiang",
        "video_media_video_stream": [
            {"duration": "22.88", "bitrate": "108420", "code_name": "h264", "frame_count": "90"}
        ],
        "video_media_audio_stream": [{"duration": "7704.573000", "bit_rate": "129280", "code_name": "aac"}],
    },
    "punish_flag": 0,
    "id_path": "",
    "name_path": "",
    "creator_type": "",
    "creator_id": "",
    "creator_name": "",
    "last_modifier_type": "",
    "last_modifier_id": "",
    "last_modifier_name": "",
    "dir_size_info": {"dir_count": 0, "file_count": 0},
    "trashed": True,
    "action_list": [""],
    "location": "",
    "semantic_result": {
        "semantic_similarity": 0.879,
        "document_contents": [
            {
                "element_contents": [
                    {"type": "text", "content": "Text snippet", "url": "http://aliyun.com", "time_range": [0]}
                ]
            }
        ],
        "scene_contents": [
            {
                "time_range": [0],
                "key_frames": [{"frame_time": 1000, "thumbnail_url": "http://aliyun.com"}],
                "thumbnail_url": "http://aliyun.com",
            }
        ],
    },
    "sync_flag": True,
    "sync_device_flag": True,
    "origin_parent_file_id": "",
    "url": "",
    "custom_field_1": "",
    "custom_field_2": "",
    "auto_delete_left_sec": 0,
}

#: IMM BatchGetFileMeta: the one item of ``Files`` (a File).
IMM_FILE: dict[str, Any] = {
    "OwnerId": "102321002467****",
    "ProjectName": "test-project",
    "DatasetName": "test-dataset",
    "ObjectType": "file",
    "ObjectId": "75d5de2c50754e3dadd5c35dbca5f9949369e37eb342a73821f690c94c36c7f7",
    "UpdateTime": "2021-06-29T14:50:13.011643661+08:00",
    "CreateTime": "2021-06-29T14:50:13.011643661+08:00",
    "URI": "oss://test-bucket/test-object.jpg",
    "OSSURI": "oss://examplebucket/sampleobject.jpg",
    "Filename": "sampleobject.jpg",
    "MediaType": "image",
    "ContentType": "image/jpeg",
    "Size": 1000,
    "FileHash": "1d9c280a7c4f67f7ef873e28449dbe17",
    "FileModifiedTime": "2021-06-29T14:50:13.011643661+08:00",
    "FileCreateTime": "2021-06-29T14:50:13.011643661+08:00",
    "FileAccessTime": "2021-06-29T14:50:13.011643661+08:00",
    "ProduceTime": "2021-06-29T14:50:13.011643661+08:00",
    "LatLong": "30.134390,120.074997",
    "Timezone": '""',
    "Addresses": [
        {
            "Language": "zh-Hans",
            "AddressLine": "中国浙江省杭州市余杭区文一西路969号",
            "Country": "中国",
            "Province": "浙江省",
            "City": "杭州市",
            "District": "余杭区",
            "Township": "文一西路",
        }
    ],
    "TravelClusterId": "-",
    "Orientation": 0,
    "Figures": [
        {
            "FigureId": "868a9e74-cde5-4c7a-9013-28bb984****",
            "FigureConfidence": 1,
            "FigureClusterId": "Cluster-dbe72fec-b84c-4ab6-885b-3678e64****",
            "FigureClusterConfidence": 1,
            "FigureType": "face",
            "Age": 29,
            "AgeSD": 5,
            "Gender": "female",
            "GenderConfidence": 1,
            "Emotion": "happiness",
            "EmotionConfidence": 0.70784568786621,
            "FaceQuality": 0.960875928401947,
            "Boundary": {"Width": 200, "Height": 300, "Left": 10, "Top": 30, "Polygon": [{"X": 10, "Y": 10}]},
            "Mouth": "close",
            "MouthConfidence": 1,
            "Beard": "none",
            "BeardConfidence": 1,
            "Hat": "none",
            "HatConfidence": 1,
            "Mask": "none",
            "MaskConfidence": 1,
            "Glasses": "none",
            "GlassesConfidence": 0.8,
            "Sharpness": 0.7,
            "Attractive": 0.96,
            "HeadPose": {"Pitch": 18.385589599609375, "Roll": 4.204030513763428, "Yaw": 2.4945924282073975},
        }
    ],
    "FigureCount": 10,
    "Labels": [
        {
            "Language": "zh-Hans",
            "LabelName": "椅子",
            "LabelLevel": 2,
            "LabelConfidence": 0.95,
            "ParentLabelName": "家具",
            "CentricScore": 0.877,
            "LabelAlias": "",
            "Clips": [{"TimeRange": [0]}],
        }
    ],
    "Title": "test",
    "ImageWidth": 270,
    "ImageHeight": 500,
    "EXIF": '{"Compression":{"value":"6"},"DateTime":{"value":"2020:08:19 17:11:11"}}',
    "ImageScore": {"OverallQualityScore": 0.736},
    "CroppingSuggestions": [
        {
            "AspectRatio": "2:3",
            "Confidence": 0.742,
            "Boundary": {"Width": 200, "Height": 300, "Left": 10, "Top": 30, "Polygon": [{"X": 10, "Y": 10}]},
        }
    ],
    "OCRContents": [
        {
            "Language": "zh-hans",
            "Contents": "欢迎使用智能媒体管理",
            "Confidence": 0.8254936695098877,
            "Boundary": {"Width": 200, "Height": 300, "Left": 10, "Top": 30, "Polygon": [{"X": 10, "Y": 10}]},
        }
    ],
    "VideoWidth": 1080,
    "VideoHeight": 1920,
    "VideoStreams": [
        {
            "Index": 0,
            "Language": "en",
            "CodecName": "h264",
            "CodecLongName": "H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10",
            "Profile": "High",
            "CodecTimeBase": "1373627/83160000",
            "CodecTagString": "avc1",
            "CodecTag": "0x31637661",
            "Width": 1280,
            "Height": 720,
            "HasBFrames": 2,
            "SampleAspectRatio": "1:1",
            "DisplayAspectRatio": "16:9",
            "PixelFormat": "yuv420p",
            "Level": 40,
            "FrameRate": "25/1",
            "AverageFrameRate": "25/1",
            "TimeBase": "1/12800",
            "StartTime": 0,
            "Duration": 22.88,
            "Bitrate": 5407765,
            "FrameCount": 572,
            "Rotate": "90",
            "BitDepth": 8,
            "ColorSpace": "bt709",
            "ColorRange": "tv",
            "ColorTransfer": "bt709",
            "ColorPrimaries": "bt709",
        }
    ],
    "Subtitles": [
        {
            "Index": 2,
            "Language": "en",
            "CodecName": "mov_text",
            "CodecLongName": "MOV text",
            "CodecTagString": "tx3g",
            "CodecTag": "0x67337874",
            "StartTime": 0,
            "Duration": 71.378,
            "Bitrate": 74,
            "Content": "欢迎",
            "Width": 600,
            "Height": 30,
        }
    ],
    "AudioStreams": [
        {
            "Index": 1,
            "Language": "en",
            "CodecName": "aac",
            "CodecLongName": "AAC (Advanced Audio Coding)",
            "CodecTimeBase": "1/44100",
            "CodecTagString": "mp4a",
            "CodecTag": "0x6134706d",
            "TimeBase": "1/48000",
            "StartTime": 0.0235,
            "Duration": 3.690667,
            "Bitrate": 320087,
            "FrameCount": 173,
            "Lyric": "test",
            "SampleFormat": "fltp",
            "SampleRate": 48000,
            "Channels": 2,
            "ChannelLayout": "stereo",
        }
    ],
    "Artist": "Jane",
    "AlbumArtist": "Jane",
    "AudioCovers": [
        {
            "ImageWidth": 500,
            "ImageHeight": 820,
            "EXIF": '{"FileSize":{"value":"29304"},"Format":{"value":"jpg"}}',
            "ImageScore": {"OverallQualityScore": 0.736},
            "CroppingSuggestions": [{"AspectRatio": "2:3", "Confidence": 0.742}],
            "OCRContents": [
                {"Language": "zh-hans", "Contents": "欢迎使用智能媒体管理", "Confidence": 0.8254936695098877}
            ],
        }
    ],
    "Composer": "Jane",
    "Performer": "Jane",
    "Language": "eng",
    "Album": "FirstAlbum",
    "PageCount": 5,
    "ETag": '"1D9C280A7C4F67F7EF873E28449****"',
    "CacheControl": "no-cache",
    "ContentDisposition": "attachment; filename =test.jpg",
    "ContentEncoding": "UTF-8",
    "ContentLanguage": "zh-CN",
    "AccessControlAllowOrigin": "https://aliyundoc.com",
    "AccessControlRequestMethod": "PUT",
    "ServerSideEncryptionCustomerAlgorithm": "SM4",
    "ServerSideEncryption": "AES256",
    "ServerSideDataEncryption": "SM4",
    "ServerSideEncryptionKeyId": "9468da86-3509-4f8d-a61e-6eab1eac****",
    "OSSStorageClass": "Standard",
    "OSSCRC64": "559890638950338001",
    "ObjectACL": "default",
    "ContentMd5": "HZwoCnxPZ/fvhz4oRJ2+Fw==",
    "OSSUserMeta": {"key": "val"},
    "OSSTaggingCount": 2,
    "OSSTagging": {"key": "val"},
    "OSSExpiration": "2120-01-01T12:00:00.000Z",
    "OSSVersionId": "CAEQNhiBgMDJgZCA0BYiIDc4MGZjZGI2OTBjOTRmNTE5NmU5NmFhZjhjYmY0****",
    "OSSDeleteMarker": "CAEQMhiBgIDXiaaB0BYiIGQzYmRkZGUxMTM1ZDRjOTZhNjk4YjRjMTAyZjhl****",
    "OSSObjectType": "Normal",
    "CustomId": "\t\nmember-image-id-0001",
    "CustomLabels": {"MemberName": "Tim", "Enabled": "True", "ItemCount": "10"},
    "StreamCount": 1,
    "ProgramCount": 1,
    "FormatName": "mov",
    "FormatLongName": "QuickTime / MOV",
    "StartTime": 0,
    "Bitrate": 13091201,
    "Duration": 15.263,
    "SemanticTypes": ["content"],
    "Elements": [
        {
            "ElementContents": [
                {"Type": "text", "Content": "文本片段", "URL": "http://aliyun.com", "TimeRange": [500]}
            ],
            "ObjectId": "id1",
            "ElementType": "title - 标题; image - 图片 ; table - 表格 ; narrative-text - 正文",
            "SemanticSimilarity": 0.8,
            "ElementRelations": [{"Type": "child,parent", "ObjectId": "id1"}],
        }
    ],
    "SceneElements": [
        {
            "TimeRange": [100],
            "FrameTimes": [30],
            "VideoStreamIndex": 0,
            "Labels": [
                {
                    "Language": "zh-Hans",
                    "LabelName": "椅子",
                    "LabelLevel": 2,
                    "LabelConfidence": 0.95,
                    "ParentLabelName": "家具",
                    "CentricScore": 0.877,
                    "LabelAlias": "",
                    "Clips": [{"TimeRange": [0]}],
                }
            ],
        }
    ],
    "OCRTexts": "阿里云IMM",
    "Reason": "[InternalError] The request has been failed due to some unknown error. status: 500, requestId: "
    "CC5ACFBD-BB7A-496D-A9D6-****",
    "ObjectStatus": "Indexed",
    "Insights": {
        "Video": {
            "Description": "无。",
            "Caption": "视频中展示了两个不同场景:一个是静止的白色盘子、黑色瓶子和透明玻璃杯,另一个是手拿着标有“YEZOLU”的洗发水瓶在浴室中缓慢上移。",
        },
        "Image": {
            "Caption": "无。",
            "Description": "图片中有一人,穿着深色西装外套,内搭白色衬衫。背景为渐变的浅蓝色至灰色。",
        },
    },
}

#: VOD ListAIImageInfo: the one item of ``AIImageInfoList``.
VOD_AI_IMAGE: dict[str, Any] = {
    "CreationTime": "2020-10-15T03:30:03Z",
    "AIImageInfoId": "b89a6aabf1b6197ebd6fe6cf29****",
    "FileURL": "http://example.aliyundoc.com/357a8748c5789d2726e6436aa****/image/ai/b0a7612554d6400013-0****.gif?auth_key=1602745717-0-0-005ee05616c5925596d****",
    "Version": "b547f3f0e199c3b457369f3cf****",
    "VideoId": "357a8748c5789d2726e6436aa****",
    "JobId": "cf08a2c6e11ee1711b738b9067****",
    "Score": "5.035636554444242",
    "Format": "gif",
}

#: ICE SearchMediaByFace: the whole response.
ICE_RESPONSE: dict[str, Any] = {
    "RequestId": "7CA7D615-CFB1-5437-9A12-2D185C3EE6CB",
    "Success": "true",
    "Code": "200",
    "MediaInfoList": [{"MediaId": "3b187b3620c8490886cfc2a9578c****"}],
    "Total": 163,
}

#: Volcengine NTA CreateFileDetection: the whole response.
NTA_RESPONSE: dict[str, Any] = {
    "ResponseMetadata": {
        "RequestId": "202407191******19418100E3FC",
        "Action": "CreateFileDetection",
        "Version": "2023-07-20",
        "Service": "nta",
        "Region": "cn-beijing",
    },
    "Result": {"QueryKey": "d41d8cd98*************8ecf8427e"},
}

"""The `.cchc` container (package.md): writing, and reading a stranger's file safely.

Layout: `manifest.json`, `payload/<type>.json`, `files/<sha256>`, `signature` (Ed25519 over
the exact bytes of manifest.json, stored base64 so it survives being opened in a text editor).

Reading checks the zip's *central directory* before a single byte is decompressed (limits),
then reads entries as streams with a hard cap, so a lying header cannot make us inflate
gigabytes. Nothing is extracted to disk; evidence files are copied by the caller through
`copy_entry` with the same cap.
"""
from __future__ import annotations

import base64
import codecs
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from ..services.errors import IntegrityFailure

FORMAT = "cchc-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature"
DEFAULT_VOLUME_SIZE = 20 * 1024 * 1024  # a common e-mail attachment limit
_VOLUME_RE = re.compile(r"^(?P<stem>.+)\.(?P<n>\d{3})\.cchc$", re.IGNORECASE)
_ALLOWED = re.compile(r"^(manifest\.json|signature|payload/[a-z_]{1,40}\.json|files/[0-9a-f]{64})$")
_CHUNK = 1024 * 1024
# Small entries may legitimately compress better than 100:1 (repetitive JSON); a bomb needs size.
_RATIO_MIN_SIZE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = 10_000
    max_entry_size: int = 200 * 1024 * 1024
    max_total_size: int = 2 * 1024 * 1024 * 1024
    max_ratio: int = 100
    max_manifest_size: int = 4 * 1024 * 1024
    # Records are held while a package is classified (~1 KB each): a province's full year is ~32 000.
    max_records: int = 1_000_000
    max_record_size: int = 16 * 1024 * 1024  # characters of one record's JSON


def _refuse(path: Path, why: str, en: str | None = None) -> IntegrityFailure:
    """`en`: the reason in English (cchc --lang en)."""
    return IntegrityFailure(f"Gói «{path.name}» không an toàn hoặc bị hỏng: {why} Không có gì được ghi.",
                            file=str(path),
                            en=f"Package «{path.name}» is unsafe or damaged: {en} Nothing was written." if en else None)


def dumps(doc) -> bytes:
    """Canonical JSON bytes (sorted keys) so the same content always hashes the same."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


# ---------------------------------------------------------------- writing
def write_package(out: Path, manifest: dict, payload: dict[str, list], files: dict[str, Path],
                  sign: Callable[[bytes], bytes], volume_size: int | None = DEFAULT_VOLUME_SIZE) -> list[Path]:
    """Write the package (crash-safe: temp file then rename); returns the file(s) written.

    `files` maps sha256 -> source path. The manifest's `files` section is filled in here.
    Above `volume_size` the zip is cut into `name.001.cchc`, `name.002.cchc`… to be imported together.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    entries: dict[str, dict] = {}
    fd, tmp_name = tempfile.mkstemp(prefix=".cchc-", suffix=".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for kind in sorted(payload):
                name = f"payload/{kind}.json"
                entries[name] = _write_list(zf, name, payload[kind])
            for sha, src in sorted(files.items()):
                name = f"files/{sha}"
                zf.write(src, name)
                entries[name] = {"sha256": sha, "size": Path(src).stat().st_size}
            manifest = dict(manifest, files=entries)
            mbytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
            zf.writestr(MANIFEST, mbytes)
            zf.writestr(SIGNATURE, base64.b64encode(sign(mbytes)))
        return _place(tmp, out, volume_size)
    finally:
        tmp.unlink(missing_ok=True)


def _write_list(zf: zipfile.ZipFile, name: str, records: list, batch: int = 2000) -> dict:
    """Stream `dumps(records)` into the zip a batch at a time (same bytes, hashed on the way), so a
    year's payload never exists as one string next to its records."""
    h, size = hashlib.sha256(), 0
    with zf.open(name, "w") as fh:
        for n in range(0, len(records), batch):
            body = dumps(records[n:n + batch])[1:-1]  # the batch without its brackets
            part = (b"[" if n == 0 else b",") + body
            h.update(part)
            fh.write(part)
            size += len(part)
        end = b"]" if records else b"[]"
        h.update(end)
        fh.write(end)
    return {"sha256": h.hexdigest(), "size": size + len(end)}


def _place(tmp: Path, out: Path, volume_size: int | None) -> list[Path]:
    stem = out.name[:-5] if out.name.lower().endswith(".cchc") else out.name
    for old in out.parent.glob(f"{glob_escape(stem)}.[0-9][0-9][0-9].cchc"):
        old.unlink()  # stale volumes of an earlier export would be joined to this one
    size = tmp.stat().st_size
    if not volume_size or size <= volume_size:
        os.replace(tmp, out)
        return [out]
    written = []
    with tmp.open("rb") as src:
        n = 1
        while chunk := src.read(volume_size):
            part = out.with_name(f"{stem}.{n:03d}.cchc")
            part.write_bytes(chunk)
            written.append(part)
            n += 1
    out.unlink(missing_ok=True)
    return written


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# ---------------------------------------------------------------- reading
def volume_parts(path: Path) -> list[Path]:
    """`x.001.cchc` (or any part) -> all parts present, in order; a plain file -> itself."""
    m = _VOLUME_RE.match(path.name)
    if not m:
        return [path]
    parts, n = [], 1
    while (p := path.with_name(f"{m.group('stem')}.{n:03d}.cchc")).is_file():
        parts.append(p)
        n += 1
    return parts or [path]


class PackageReader:
    """An opened package whose central directory passed the limits. Use as a context manager."""

    def __init__(self, path: str | Path, limits: Limits = Limits()):
        self.path = Path(path)
        self.limits = limits
        self._tmp: Path | None = None
        self._fh: BinaryIO | None = None
        self._records = 0
        self.zf: zipfile.ZipFile | None = None
        self._open()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        if self.zf is not None:
            self.zf.close()
        if self._fh is not None:
            self._fh.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _open(self) -> None:
        if not self.path.is_file():
            raise IntegrityFailure(f"Không tìm thấy gói «{self.path}».", file=str(self.path),
                                   en=f"Package «{self.path}» not found.")
        parts = volume_parts(self.path)
        source = parts[0]
        if len(parts) > 1:
            # Volumes are joined in a private temporary folder (package.md: nothing outside it).
            self._tmp = Path(tempfile.mkdtemp(prefix="cchc-goi-"))
            source = self._tmp / "joined.cchc"
            with source.open("wb") as dst:
                for p in parts:
                    with p.open("rb") as src:
                        shutil.copyfileobj(src, dst, _CHUNK)
        try:
            self._fh = source.open("rb")
            self.zf = zipfile.ZipFile(self._fh)
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError,
                NotImplementedError, IndexError, OverflowError) as exc:
            self.close()
            volumes = _VOLUME_RE.match(self.path.name)
            hint = (" Gói gồm nhiều tập: hãy chép đủ các tập (.001, .002, …) vào cùng một thư mục."
                    if volumes else " Có thể tệp chưa chép hết hoặc bị cắt cụt.")
            hint_en = (" The package has several volumes: copy all of them (.001, .002, …) into one folder."
                       if volumes else " The file may not have been copied completely, or was cut short.")
            raise _refuse(self.path, "đây không phải gói CCHC (.cchc) đọc được." + hint,
                          "this is not a readable CCHC package (.cchc)." + hint_en) from exc
        try:
            self._check_limits(infos)
        except IntegrityFailure:
            self.close()
            raise
        self.infos = {i.filename: i for i in infos}

    def _check_limits(self, infos: list[zipfile.ZipInfo]) -> None:
        lim, p = self.limits, self.path
        if len(infos) > lim.max_entries:
            raise _refuse(p, f"có {len(infos)} mục, quá giới hạn {lim.max_entries}.",
                          en=f"it has {len(infos)} entries, over the limit of {lim.max_entries}.")
        seen, total = set(), 0
        for i in infos:
            name = i.filename
            low = name.lower()
            if "\\" in name:
                raise _refuse(p, f"tên mục «{name}» chứa dấu gạch ngược.",
                              en=f"the entry name «{name}» contains a backslash.")
            if name.startswith("/") or re.match(r"^[a-z]:", low) or name.startswith("//"):
                raise _refuse(p, f"mục «{name}» dùng đường dẫn tuyệt đối.",
                              en=f"the entry «{name}» uses an absolute path.")
            if ".." in name.split("/"):
                raise _refuse(p, f"mục «{name}» trỏ ra ngoài thư mục (có «..»).",
                              en=f"the entry «{name}» points outside the folder (it has «..»).")
            if "\x00" in name:
                raise _refuse(p, f"tên mục «{name!r}» chứa ký tự rỗng.",
                              en=f"the entry name «{name!r}» contains a null character.")
            mode = (i.external_attr >> 16) & 0xFFFF
            if stat.S_ISLNK(mode):
                raise _refuse(p, f"mục «{name}» là liên kết (symlink).", en=f"the entry «{name}» is a link (symlink).")
            if low in seen:
                raise _refuse(p, f"mục «{name}» xuất hiện hai lần.", en=f"the entry «{name}» appears twice.")
            seen.add(low)
            if i.flag_bits & 0x1:
                raise _refuse(p, f"mục «{name}» bị mã hóa.", en=f"the entry «{name}» is encrypted.")
            if not _ALLOWED.match(name):
                raise _refuse(p, f"mục «{name}» không thuộc cấu trúc gói CCHC.",
                              en=f"the entry «{name}» is not part of the CCHC package layout.")
            if i.file_size > lim.max_entry_size:
                raise _refuse(p, f"mục «{name}» quá lớn ({i.file_size // (1024 * 1024)} MB).",
                              en=f"the entry «{name}» is too large ({i.file_size // (1024 * 1024)} MB).")
            total += i.file_size
            if total > lim.max_total_size:
                raise _refuse(p, "tổng dung lượng giải nén vượt 2 GB.", en="the total unpacked size exceeds 2 GB.")
            if i.file_size > _RATIO_MIN_SIZE and i.file_size > lim.max_ratio * max(i.compress_size, 1):
                raise _refuse(p, f"mục «{name}» nén bất thường (tỉ lệ trên {lim.max_ratio}:1, nghi «bom nén»).",
                              en=f"the entry «{name}» is abnormally compressed (ratio over {lim.max_ratio}:1, a suspected «zip bomb»).")

    # Reading is streamed with a cap: the central directory may lie about sizes.
    def iter_entry(self, name: str, cap: int | None = None):
        info = self.infos.get(name)
        if info is None:
            raise _refuse(self.path, f"thiếu mục «{name}».", en=f"the entry «{name}» is missing.")
        cap = min(cap or info.file_size, info.file_size)
        read = 0
        try:
            with self.zf.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    read += len(chunk)
                    if read > cap:
                        raise _refuse(self.path, f"mục «{name}» dài hơn kích thước khai báo.",
                                      en=f"the entry «{name}» is longer than its declared size.")
                    yield chunk
        except IntegrityFailure:
            raise
        except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError, struct.error…
            raise _refuse(self.path, f"không đọc được mục «{name}» ({exc.__class__.__name__}).",
                          en=f"the entry «{name}» cannot be read ({exc.__class__.__name__}).") from exc

    def read(self, name: str, cap: int | None = None) -> bytes:
        return b"".join(self.iter_entry(name, cap))

    def digest(self, name: str) -> tuple[str, int]:
        h, n = hashlib.sha256(), 0
        for chunk in self.iter_entry(name):
            h.update(chunk)
            n += len(chunk)
        return h.hexdigest(), n

    def copy_entry(self, name: str, dest: Path, sha256: str) -> None:
        """Copy an evidence file out (crash-safe), checking its hash on the way."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=dest.parent)
        h = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.iter_entry(name):
                    h.update(chunk)
                    out.write(chunk)
            if h.hexdigest() != sha256:
                raise _refuse(self.path, f"tệp minh chứng «{name}» không khớp mã băm.",
                              en=f"the evidence file «{name}» does not match its hash.")
            os.replace(tmp, dest)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def manifest(self) -> tuple[dict, bytes, bytes]:
        """(parsed manifest, its exact bytes, raw signature) — checks format and version."""
        p = self.path
        mbytes = self.read(MANIFEST, self.limits.max_manifest_size)
        try:
            doc = json.loads(mbytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise _refuse(p, "tệp mô tả (manifest.json) không đọc được.",
                          en="the description file (manifest.json) cannot be read.") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise _refuse(p, "đây không phải gói trao đổi CCHC.", en="this is not a CCHC exchange package.")
        version = doc.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise _refuse(p, "phiên bản định dạng gói không hợp lệ.", en="the package format version is not valid.")
        if version > FORMAT_VERSION:
            raise IntegrityFailure(f"Gói «{p.name}» dùng định dạng phiên bản {version}; máy này chỉ đọc được đến "
                                   f"phiên bản {FORMAT_VERSION}. Hãy cập nhật CCHC Desktop lên bản đọc được "
                                   f"định dạng {version} rồi nhận lại gói.", file=str(p),
                                   en=f"Package «{p.name}» uses format version {version}; this computer reads up to version {FORMAT_VERSION}. "
                                      f"Update CCHC Desktop to a version that reads format {version}, then receive the package again.")
        if SIGNATURE not in self.infos:
            raise IntegrityFailure(f"Gói «{p.name}» không có chữ ký: không thể biết ai đã gửi, gói bị từ chối.",
                                   file=str(p),
                                   en=f"Package «{p.name}» has no signature: there is no knowing who sent it; the package is refused.")
        try:
            signature = base64.b64decode(self.read(SIGNATURE, 1024), validate=True)
        except ValueError as exc:
            raise _refuse(p, "chữ ký của gói bị hỏng.", en="the package signature is damaged.") from exc
        return doc, mbytes, signature

    def check_files(self, manifest: dict) -> list[str]:
        """Every entry listed with the right size and SHA-256, and nothing unlisted."""
        problems = []
        listed = manifest.get("files")
        if not isinstance(listed, dict):
            return ["Tệp mô tả không liệt kê nội dung gói."]
        for name in self.infos:
            if name not in (MANIFEST, SIGNATURE) and name not in listed:
                problems.append(f"Mục «{name}» có trong gói nhưng không được liệt kê (gói đã bị thêm vào).")
        for name, meta in listed.items():
            if not isinstance(meta, dict) or name not in self.infos:
                problems.append(f"Thiếu mục «{name}» trong gói.")
                continue
            sha, size = self.digest(name)
            if size != meta.get("size") or sha != meta.get("sha256"):
                problems.append(f"Mục «{name}» đã bị thay đổi sau khi gói được ký.")
        return problems

    def payload(self, kind: str) -> list:
        """The records of `payload/<kind>.json` (a JSON list), parsed one record at a time from the
        decompressing stream: the entry's text never exists whole, one record may not exceed
        `max_record_size` characters and a package not more than `max_records` records."""
        name = f"payload/{kind}.json"
        if name not in self.infos:
            return []
        records = []
        try:
            for rec in _JsonListStream(self.iter_entry(name), self.limits.max_record_size):
                records.append(rec)
                self._records += 1
                if self._records > self.limits.max_records:
                    raise _refuse(self.path, f"có hơn {self.limits.max_records:,} bản ghi.".replace(",", "."),
                                  en=f"it has more than {self.limits.max_records:,} records.")
        except _NotAList as exc:
            raise _refuse(self.path, f"dữ liệu «{name}» không đúng cấu trúc.",
                          en=f"the data «{name}» has a wrong structure.") from exc
        except _RecordTooLong as exc:
            raise _refuse(self.path, f"một bản ghi trong «{name}» dài quá "
                                     f"{self.limits.max_record_size // (1024 * 1024)} MB.",
                          en=f"a record in «{name}» is longer than {self.limits.max_record_size // (1024 * 1024)} MB.") from exc
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise _refuse(self.path, f"dữ liệu «{name}» không đọc được.",
                          en=f"the data «{name}» cannot be read.") from exc
        return records


class _NotAList(ValueError):
    pass


class _RecordTooLong(ValueError):
    pass


_SPACE = re.compile(r"[ \t\n\r]*")
_AFTER = frozenset(" \t\n\r,]")


class _JsonListStream:
    """Iterates the elements of a JSON list read as byte chunks, with json's own decoder per element.

    Same acceptance as `json.loads` of the whole text followed by an is-a-list check: an element is
    taken only when the text after it is present (a number cut at a chunk end is not a number)."""

    def __init__(self, chunks, max_record: int):
        self.chunks = iter(chunks)
        self.max_record = max_record
        self.text = codecs.getincrementaldecoder("utf-8")()
        self.decoder = json.JSONDecoder()
        self.buf, self.pos, self.eof = "", 0, False

    def _more(self) -> None:
        chunk = next(self.chunks, None)
        if chunk is None:
            self.eof = True
            tail = self.text.decode(b"", final=True)
        else:
            tail = self.text.decode(chunk)
        self.buf, self.pos = self.buf[self.pos:] + tail, 0

    def _skip_space(self) -> str:
        """The next non-blank character ("" at the end of the text)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or self.eof:
                return self.buf[self.pos:self.pos + 1]
            self._more()

    def _element(self):
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
                # A list, object or string is complete at its closing character; a number or word
                # only once what follows it is known (at a chunk end "1" may still be "1e5").
                if self.eof or (end < len(self.buf) and (self.buf[end - 1] in '"]}' or self.buf[end] in _AFTER)):
                    if end - self.pos > self.max_record:
                        raise _RecordTooLong()
                    self.pos = end
                    return value
            except json.JSONDecodeError:
                if self.eof:
                    raise
            if len(self.buf) - self.pos > self.max_record:
                raise _RecordTooLong()
            self._more()

    def __iter__(self):
        first = self._skip_space()
        if first != "[":
            self._element()  # broken text raises JSONDecodeError, as json.loads would
            if self._skip_space() != "":
                raise json.JSONDecodeError("Extra data", self.buf, self.pos)
            raise _NotAList()  # some other JSON value: not the list of records we need
        self.pos += 1
        if self._skip_space() == "]":
            self.pos += 1
        else:
            scan = self.decoder.scan_once
            while True:
                # Fast path for the compact JSON write_package makes: an object, array or string whose
                # comma is already in the buffer is complete (no lookahead needed).
                buf, pos = self.buf, self.pos
                try:
                    value, end = scan(buf, pos)
                except (StopIteration, ValueError):
                    end = -1
                if 0 < end < len(buf) and buf[end] == "," and buf[end - 1] in '"]}':
                    if end - pos > self.max_record:
                        raise _RecordTooLong()
                    self.pos = end + 1
                    yield value
                    continue
                self._skip_space()
                yield self._element()
                sep = self._skip_space()
                self.pos += 1
                if sep == "]":
                    break
                if sep != ",":
                    raise json.JSONDecodeError("Expecting ',' delimiter", self.buf, self.pos - 1)
        if self._skip_space() != "":
            raise json.JSONDecodeError("Extra data", self.buf, self.pos)

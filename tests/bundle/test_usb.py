"""Writing a bundle to a USB stick: only a file that reads back right is reported, failures leave nothing usable."""

from __future__ import annotations

import errno
import hashlib
import os
from collections import namedtuple
from pathlib import Path

import psutil
import pytest

from akimdesk.bundle import usb
from akimdesk.bundle.usb import Drive, FolderDrive, WrittenFile, list_removable_drives, write_verified
from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed

NAME = "precinct-0042-bundle.akb"
DATA = bytes(range(256)) * 40  # 10 KiB, more than one write on the fake's smallest vanish point
ROOMY = len(DATA) + usb.SPACE_MARGIN_BYTES + 4096

Partition = namedtuple("Partition", "device mountpoint fstype opts")
Usage = namedtuple("Usage", "total used free percent")


@pytest.fixture
def stick(tmp_path):
    """An empty, roomy stick."""
    return FolderDrive(tmp_path / "STICK", capacity_bytes=64 * 1024 * 1024)


def names_on(drive: FolderDrive) -> list[str]:
    return sorted(p.name for p in drive.mount_point.iterdir()) if drive.mount_point.is_dir() else []


def test_a_written_file_reads_back_and_its_hash_matches(stick):
    written = write_verified(stick, NAME, DATA)
    assert written == WrittenFile(stick.mount_point / NAME, len(DATA), hashlib.sha256(DATA).hexdigest())
    assert written.path.read_bytes() == DATA
    assert hashlib.sha256(written.path.read_bytes()).hexdigest() == written.sha256
    assert names_on(stick) == [NAME]


def test_the_expected_hash_is_checked_and_may_be_upper_case(stick):
    digest = hashlib.sha256(DATA).hexdigest()
    assert write_verified(stick, NAME, DATA, expected_sha256=digest.upper()).sha256 == digest


def test_data_that_differs_from_its_expected_hash_is_never_written(stick):
    with pytest.raises(VerificationFailed) as failed:
        write_verified(stick, NAME, DATA, expected_sha256="0" * 64)
    assert failed.value.code == "file-hash-mismatch"
    assert names_on(stick) == []


def test_rewriting_the_same_name_replaces_the_old_file(stick):
    write_verified(stick, NAME, b"old bundle")
    write_verified(stick, NAME, DATA)
    assert (stick.mount_point / NAME).read_bytes() == DATA
    assert names_on(stick) == [NAME]


@pytest.mark.parametrize("name", ["", "../escape.akb", "dir/file.akb", "bundle 1.akb", "бюллетень.akb",
                                  ".hidden", "trailing.", "CON", "nul.txt", "a" * 121, "..", "a\\b"])
def test_an_unsafe_name_is_refused_before_the_stick_is_touched(stick, name):
    with pytest.raises(BadInput) as refused:
        write_verified(stick, name, DATA)
    assert refused.value.code == "file-name-unsafe"
    assert names_on(stick) == []


def test_the_longest_safe_name_is_accepted(stick):
    name = "a" * 116 + ".akb"
    assert write_verified(stick, name, DATA).path.name == name


def test_a_full_stick_is_refused_before_writing(tmp_path):
    drive = FolderDrive(tmp_path / "FULL", capacity_bytes=len(DATA) + 100)
    with pytest.raises(RuleRefused) as refused:
        write_verified(drive, NAME, DATA)
    assert refused.value.code == "drive-full"
    assert refused.value.params == {"drive": "FULL", "file": NAME,
                                    "needed": len(DATA) + usb.SPACE_MARGIN_BYTES, "free": len(DATA) + 100}
    assert names_on(drive) == []


def test_a_stick_that_fills_up_during_the_write_leaves_nothing(tmp_path, monkeypatch):
    drive = FolderDrive(tmp_path / "FULL", capacity_bytes=len(DATA) // 2)
    (drive.mount_point / "photos.jpg").write_bytes(b"x" * 1000)
    # FAT keeps its free count in a sector that can be stale, so the check before writing passes.
    monkeypatch.setattr(drive, "available_bytes", lambda: ROOMY)
    with pytest.raises(RuleRefused) as refused:
        write_verified(drive, NAME, DATA)
    assert refused.value.code == "drive-full"
    assert names_on(drive) == ["photos.jpg"]


def test_a_stale_copy_under_the_same_name_is_removed_when_the_stick_is_full(tmp_path):
    drive = FolderDrive(tmp_path / "FULL", capacity_bytes=ROOMY)
    (drive.mount_point / NAME).write_bytes(b"an older bundle")
    drive.capacity_bytes = len(DATA)
    with pytest.raises(RuleRefused):
        write_verified(drive, NAME, DATA)
    assert names_on(drive) == []


def test_a_read_only_stick_is_refused_and_keeps_what_it_had(tmp_path):
    drive = FolderDrive(tmp_path / "LOCKED", read_only=True)
    (drive.mount_point / "notes.txt").write_text("kept")
    with pytest.raises(BadInput) as refused:
        write_verified(drive, NAME, DATA)
    assert refused.value.code == "drive-read-only"
    assert refused.value.params == {"drive": "LOCKED", "file": NAME}
    assert names_on(drive) == ["notes.txt"]


def test_a_stick_pulled_out_during_the_write_is_reported_gone(stick):
    stick.vanish_after_bytes = 4096
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-gone"
    assert refused.value.params == {"drive": "STICK", "file": NAME}
    assert not (stick.mount_point / NAME).exists()


def test_a_stick_pulled_and_plugged_back_holds_at_most_the_temporary_part(stick):
    stick.vanish_after_bytes = 4096
    stick.keep_files_on_vanish = True
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-gone"
    stick.reinsert()
    assert names_on(stick) == [f".{NAME}.part"]
    assert (stick.mount_point / f".{NAME}.part").stat().st_size == 4096


def test_a_stick_that_is_gone_before_the_write_is_reported_gone(stick):
    stick.vanish()
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-gone"
    assert not stick.mount_point.exists()


def test_a_stick_pulled_during_the_read_back_is_reported_gone(stick):
    def pull(data):
        stick.vanish(keep_files=True)
        raise OSError(errno.EIO, "Input/output error")
    stick.read_filter = pull
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-gone"


def test_a_corrupt_read_back_fails_and_removes_the_file(stick):
    stick.corrupt_reads(offset=5000)
    with pytest.raises(VerificationFailed) as failed:
        write_verified(stick, NAME, DATA)
    assert failed.value.code == "drive-read-back-failed"
    assert failed.value.params == {"drive": "STICK", "file": NAME}
    assert names_on(stick) == []


def test_a_short_read_back_fails(stick):
    stick.read_filter = lambda data: data[:-1]
    with pytest.raises(VerificationFailed) as failed:
        write_verified(stick, NAME, DATA)
    assert failed.value.code == "drive-read-back-failed"
    assert names_on(stick) == []


def fail_opening_on(drive, code, monkeypatch):
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if Path(path).parent == drive.mount_point and flags & os.O_WRONLY:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)
    monkeypatch.setattr(os, "open", refusing_open)


def test_a_read_only_error_from_the_system_means_read_only(stick, monkeypatch):
    fail_opening_on(stick, errno.EROFS, monkeypatch)
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-read-only"
    assert names_on(stick) == []


def test_a_permission_error_from_the_system_means_read_only(stick, monkeypatch):
    fail_opening_on(stick, errno.EACCES, monkeypatch)
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-read-only"


def test_no_space_from_the_system_means_full_and_leaves_nothing(stick, monkeypatch):
    real_write = os.write
    calls = []

    def filling_write(descriptor, data):
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(descriptor, data[:1000])
    monkeypatch.setattr(os, "write", filling_write)
    with pytest.raises(RuleRefused) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-full"
    assert refused.value.params["needed"] == len(DATA) + usb.SPACE_MARGIN_BYTES
    assert names_on(stick) == []


def test_an_input_output_error_from_the_system_means_gone(stick, monkeypatch):
    def failing_fsync(descriptor):
        raise OSError(errno.EIO, os.strerror(errno.EIO))
    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(BadInput) as refused:
        write_verified(stick, NAME, DATA)
    assert refused.value.code == "drive-gone"
    assert names_on(stick) == []


def test_a_real_drive_whose_mount_point_is_only_a_folder_is_gone(tmp_path):
    # An unmounted stick can leave its empty mount folder behind: writing there would hit the
    # computer's own disk and read back perfectly.
    drive = Drive("STICK", tmp_path, 10**9, 10**9, True)
    with pytest.raises(BadInput) as refused:
        write_verified(drive, NAME, DATA)
    assert refused.value.code == "drive-gone"
    assert list(tmp_path.iterdir()) == []


def test_a_real_drive_writes_and_reads_back_through_the_system(tmp_path, monkeypatch):
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) == tmp_path)
    advised = []
    if hasattr(os, "posix_fadvise"):
        real_fadvise = os.posix_fadvise

        def recording_fadvise(descriptor, offset, length, advice):
            advised.append(advice)
            return real_fadvise(descriptor, offset, length, advice)
        monkeypatch.setattr(os, "posix_fadvise", recording_fadvise)
    drive = Drive("STICK", tmp_path, 10**9, 10**9, True)
    written = write_verified(drive, NAME, DATA)
    assert written.path.read_bytes() == DATA
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
    if hasattr(os, "posix_fadvise"):
        assert advised == [os.POSIX_FADV_DONTNEED]


def test_listing_drives_returns_a_list_without_raising():
    drives = list_removable_drives()
    assert isinstance(drives, list)
    assert all(isinstance(drive, Drive) and drive.is_removable for drive in drives)


ROOMY_STICK = Usage(8 * 10**9, 10**9, 7 * 10**9, 12.5)


def fake_partitions(monkeypatch, partitions, usage=ROOMY_STICK):
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=False: partitions)
    monkeypatch.setattr(psutil, "disk_usage", lambda path: usage)


def test_a_stick_under_media_is_listed_and_the_system_disk_is_not(monkeypatch):
    fake_partitions(monkeypatch, [
        Partition("/dev/nvme0n1p2", "/", "ext4", "rw,relatime"),
        Partition("/dev/sdb1", "/media/user/STICK", "vfat", "rw,nosuid,nodev,uid=1000"),
        Partition("/dev/sdc1", "/run/media/user/KINGSTON", "exfat", "rw,nosuid"),
        Partition("tmpfs", "/media/ramdisk", "tmpfs", "rw"),
        Partition("/dev/loop3", "/media/user/UBUNTU", "iso9660", "ro"),
        Partition("proc", "/proc", "proc", "rw"),
    ])
    drives = list_removable_drives()
    assert [(d.label, d.mount_point) for d in drives] == [
        ("STICK", Path("/media/user/STICK")), ("KINGSTON", Path("/run/media/user/KINGSTON"))]
    assert drives[0] == Drive("STICK", Path("/media/user/STICK"), 8 * 10**9, 7 * 10**9, True)


def test_a_windows_removable_drive_letter_is_listed_and_fixed_disks_are_not(monkeypatch):
    fake_partitions(monkeypatch, [
        Partition("C:\\", "C:\\", "NTFS", "rw,fixed"),
        Partition("E:\\", "E:\\", "FAT32", "rw,removable"),
        Partition("D:\\", "D:\\", "", "cdrom"),
    ])
    drives = list_removable_drives()
    assert [(d.label, str(d.mount_point)) for d in drives] == [("E:", "E:\\")]


def test_a_card_reader_without_a_card_is_skipped(monkeypatch):
    def no_media(path):
        raise OSError(errno.ENOMEDIUM if hasattr(errno, "ENOMEDIUM") else errno.EIO, "no medium")
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=False: [
        Partition("F:\\", "F:\\", "", "rw,removable"), Partition("/dev/sdb1", "/media/u/S", "vfat", "rw")])
    monkeypatch.setattr(psutil, "disk_usage", no_media)
    assert list_removable_drives() == []


def test_a_failing_partition_listing_gives_no_drives(monkeypatch):
    def broken(all=False):
        raise PermissionError(errno.EACCES, "denied")
    monkeypatch.setattr(psutil, "disk_partitions", broken)
    assert list_removable_drives() == []


def test_under_mnt_only_devices_the_kernel_calls_removable_or_usb_are_listed(tmp_path, monkeypatch):
    block = tmp_path / "class" / "block"
    block.mkdir(parents=True)
    for disk, removable, bus in (("sdb", "1", "pci0000:00/ata1"), ("sdc", "0", "pci0000:00/usb2/2-1"),
                                 ("sda", "0", "pci0000:00/ata2")):
        device = tmp_path / "devices" / bus / disk
        (device / f"{disk}1").mkdir(parents=True)
        (device / f"{disk}1" / "partition").write_text("1")
        (device / "removable").write_text(removable)
        (block / f"{disk}1").symlink_to(device / f"{disk}1")
    monkeypatch.setattr(usb, "_SYS_CLASS_BLOCK", block)
    fake_partitions(monkeypatch, [
        Partition("/dev/sda1", "/mnt/data", "ext4", "rw"),
        Partition("/dev/sdb1", "/mnt/card", "vfat", "rw"),
        Partition("/dev/sdc1", "/mnt/usb", "vfat", "rw"),
        Partition("/dev/sdd1", "/mnt/unknown", "vfat", "rw"),
    ])
    assert [d.label for d in list_removable_drives()] == ["card", "usb"]

"""Why a file could not be used, in our words (app.model.words.os_reason): each usual cause, from a
real failure where one can be made as root, and the rules for messages that are not the system's."""
from __future__ import annotations

import errno
import os

import pytest

from app.model.words import os_reason


def failure(action) -> OSError:
    with pytest.raises(OSError) as caught:
        action()
    return caught.value


def test_a_missing_place_a_file_in_the_way_and_a_long_name_are_told_in_our_words(tmp_path):
    (tmp_path / "a-file").write_text("")
    assert os_reason(failure(lambda: open(tmp_path / "gone" / "x.socase", "wb"))) == \
        "it is not there (was a drive taken out?)"
    assert os_reason(failure(lambda: open(tmp_path / "a-file" / "x.socase", "wb"))) == \
        "part of the way there is a file, not a folder"
    assert os_reason(failure(lambda: open(tmp_path, "wb"))) == "a folder of that name is in the way"
    assert os_reason(failure(lambda: open(tmp_path / ("x" * 300), "wb"))) == "the name is too long for that disk"


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "the disk is full"),
    (errno.EACCES, "this user account is not allowed to use that place"),
    (errno.EPERM, "this user account is not allowed to use that place"),
    (errno.EROFS, "that disk can only be read, not written to"),
    (errno.EIO, "the disk reported an error"),
])
def test_the_systems_own_message_for_a_usual_cause_becomes_ours(code, words):
    assert os_reason(OSError(code, os.strerror(code))) == words
    assert os_reason(OSError(code, os.strerror(code), "/some/file")) == words  # with the file's name too


def test_a_message_that_is_not_the_systems_is_kept():
    ours = "an attached document's stored bytes are not as they were saved"
    assert os_reason(OSError(errno.EIO, ours)) == ours  # the app's own, more precise words
    assert os_reason(OSError(errno.ECONNRESET, os.strerror(errno.ECONNRESET))) == os.strerror(errno.ECONNRESET)


def test_without_a_message_the_fallback_or_the_error_itself():
    assert os_reason(ValueError("not a list")) == "not a list"
    assert os_reason(ValueError("not a list"), otherwise="it did not read back correctly") == \
        "it did not read back correctly"
    assert os_reason(OSError(errno.ENOSPC, "")) == "the disk is full"  # a code without words

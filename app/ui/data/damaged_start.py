"""Starting when the saved information is damaged, empty or missing (told by
app.store.data_check): the person chooses to rebuild the index, restore the newest good backup,
start with an empty workspace (the old files moved aside, untouched) or quit.

Moved out of app.ui.application to keep each module readable; it is used at start-up only when
something is wrong, and loads the backup and repair modules only then.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.store import data_check, keep_aside
from app.store.datadir import DB_NAME, DataFolderError, prepare_private_dir
from app.store.storage import Database
from app.ui import messages


class StartDeclined(DataFolderError):
    """The person chose to quit rather than start without their damaged or missing data."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def newest_good_backup(folder: Path):
    """The newest backup that still reads back as it was made, or None."""
    from app.store import backup
    for info in backup.list_backups(backup.backup_folder(folder)):
        try:
            backup.verify(info)
        except backup.BackupError:
            continue
        return info
    return None


def start_without(finding: data_check.Finding) -> Database:
    aside = keep_aside.planned_aside(finding.folder) if finding.files else None
    title = {data_check.EMPTY: _tr("Your saved information is empty"),
             data_check.MISSING: _tr("Your saved information was not found")}.get(
        finding.kind, _tr("Your saved information is damaged"))
    if aside is not None:
        keep = _tr("Start with an empty workspace: the app starts with no cases, and the files of your "
                   "saved information are moved, exactly as they are, into the folder “{aside}”. "
                   "Nothing in them is deleted; someone who knows computers may be able to get "
                   "information back from them.").format(aside=aside)
    else:
        keep = _tr("Start with an empty workspace: the app starts with no cases, in a new data file.")
    quit_text = _tr("Quit: nothing is changed. You can look for the file or ask someone for help, "
                    "and start the app again later.")
    good = newest_good_backup(finding.folder)
    options = [("empty", _tr("Start with an empty workspace")), ("quit", _tr("Quit"))]
    restore_text = ""
    if good is not None:
        restore_text = f"• {_restore_offer(good, finding, aside)}\n"
        options.insert(0, ("restore", _tr("Restore the newest good backup")))
    if finding.repairable and aside is not None:
        restore_text = "• " + _tr(
            "Rebuild the index from your information: nothing you typed is lost. The files as they are "
            "now are first moved, exactly as they are, into the folder “{aside}”.").format(aside=aside) + \
            "\n" + restore_text
        options.insert(0, ("rebuild", _tr("Rebuild the index")))
    now = _tr("What you can do now:")  # not inside the f-string: lupdate would not see it there
    text = f"{finding.message}\n\n{now}\n{restore_text}• {keep}\n• {quit_text}"
    choice = messages.choose(None, title, text, options, default="quit")
    if choice == "rebuild":
        return _start_rebuilt(finding, title, aside)
    if choice not in ("empty", "restore"):
        raise StartDeclined(_tr("Nothing has been changed."))
    if aside is not None:
        aside = keep_aside.set_aside(finding, aside)
    if choice == "restore":
        return _start_from_backup(good, finding, title, aside)
    db = Database(prepare_private_dir(finding.folder) / DB_NAME)
    if aside is not None:
        messages.show_info(None, title, _tr(
            "The files of your saved information were moved, exactly as they were, into the folder "
            "“{aside}”. You are starting with an empty workspace.").format(aside=aside))
    return db


def _start_rebuilt(finding: data_check.Finding, title: str, aside: Path) -> Database:
    """Only indexes are damaged: rebuild them on a checked copy, then move the damaged files aside
    and put the copy in their place (app.store.index_repair). If the copy cannot be made whole,
    nothing has changed and the other choices are offered again."""
    from app.model.records import replace
    from app.store import index_repair
    try:
        work = index_repair.rebuilt_copy(finding.folder)
    except index_repair.RebuildFailed as exc:
        messages.show_error(None, title, _tr("The index could not be rebuilt ({reason}). Nothing has been "
                                             "changed.").format(reason=exc))
        return start_without(replace(finding, repairable=False))
    aside = keep_aside.set_aside(finding, aside)
    index_repair.put_in_place(work, finding.folder)
    db = Database(finding.folder / DB_NAME)
    messages.show_info(None, title, _tr(
        "The index was rebuilt from your information; nothing you typed was lost. The files as they were "
        "are kept, exactly as they were, in the folder “{aside}”.").format(aside=aside))
    return db


def _restore_offer(good, finding: data_check.Finding, aside: Path | None) -> str:
    from app.store import backup
    kept = (_tr(" The files of your saved information are moved, exactly as they are, into the folder "
                "“{aside}”.").format(aside=aside) if aside is not None else "")
    return _tr("Restore the newest good backup, of {when} ({holds}). Changes made after that time are "
               "not in it and would be missing.{kept}").format(
        when=backup.when_text(good.when), holds=backup.holds_text(good), kept=kept)


def _start_from_backup(good, finding: data_check.Finding, title: str, aside: Path | None) -> Database:
    """The damaged files are aside already; put the backup in their place and open it."""
    from app.store import backup, backup_restore
    folder = prepare_private_dir(finding.folder)
    try:
        backup_restore.restore_to_file(good, folder)
    except backup.BackupError as exc:
        messages.show_error(None, title, _tr("{reason} You are starting with an empty workspace; the "
                                             "backups are still in the folder “{where}”.").format(
            reason=exc, where=backup.backup_folder(folder)))
        return Database(folder / DB_NAME)
    db = Database(folder / DB_NAME)
    where = (_tr(" The damaged files were moved, exactly as they were, into the folder “{aside}”.").format(
        aside=aside) if aside is not None else "")
    messages.show_info(None, title, _tr("Your information is back as it was on {when} ({holds}).{where}").format(
        when=backup.when_text(good.when), holds=backup.holds_text(good), where=where))
    return db

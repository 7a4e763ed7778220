"""The frozen app leaves out what it never loads, and keeps what it needs."""
import importlib.util
import pathlib
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("packaging_filters", ROOT / "packaging" / "packaging_filters.py")
filters = importlib.util.module_from_spec(spec)
spec.loader.exec_module(filters)


def test_unused_qt_parts_are_left_out():
    for dest in ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "PySide6/Qt/plugins/tls/libqcertonlybackend.so",
                 "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
                 "PySide6/Qt/lib/libQt6QmlNetwork.so.6", "PySide6/Qt/lib/libQt6Quick.so.6",
                 "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                 "PySide6/Qt/plugins/platforms/libqwayland-egl.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 "libgtk-3.so.0", "libcairo.so.2", "libcups.so.2", "PySide6/Qt/lib/libQt6Pdf.so.6",
                 "libssl.so.3", "libcrypto.so.3",
                 "python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
                 "python3.11/lib-dynload/_multibytecodec.cpython-311-x86_64-linux-gnu.so"):
        assert not filters.keep_binary(dest), dest


def test_what_the_app_needs_is_kept():
    for dest in ("PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Gui.so.6",
                 "PySide6/Qt/lib/libQt6PrintSupport.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                 "PySide6/Qt/plugins/imageformats/libqico.so", "libxcb-cursor.so.0", "libfontconfig.so.1",
                 # the local socket through which a second start brings the window forward
                 "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/QtNetwork.abi3.so",
                 # encryption at rest and export files (each with its own OpenSSL inside)
                 "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
                 "cryptography/hazmat/bindings/_rust.abi3.so",
                 "python3.11/lib-dynload/_codecs_iso8859_1.cpython-311-x86_64-linux-gnu.so",
                 "python3.11/lib-dynload/unicodedata.cpython-311-x86_64-linux-gnu.so"):
        assert filters.keep_binary(dest), dest


def test_the_spec_bundles_qtnetwork_for_the_local_socket():
    spec_text = (ROOT / "packaging" / "second-opinion-companion.spec").read_text(encoding="utf-8")
    excludes = spec_text[spec_text.index("excludes=["):]
    excludes = excludes[:excludes.index("]")]
    assert '"PySide6.QtNetwork"' not in excludes
    assert '"PySide6.QtNetwork"' in spec_text[spec_text.index("hiddenimports="):spec_text.index("excludes=[")]


def test_only_english_qt_translations_are_kept():
    assert filters.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not filters.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not filters.keep_data("PySide6/Qt/translations/designer_fr.qm")
    assert filters.keep_data("app/resources/guide/manifest.json")


def test_desktop_entry_starts_the_app_with_its_icon():
    import configparser
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "packaging" / "second-opinion-companion.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Second Opinion Companion"
    assert "%" not in desktop["Exec"]  # the app takes no file arguments
    icons = ROOT / "app" / "resources" / "icons"
    assert (icons / f"{desktop['Icon']}.svg").exists()
    assert all((icons / f"{desktop['Icon']}-{n}.png").exists() for n in (16, 32, 48, 64, 128, 256, 512))
    assert (icons / f"{desktop['Icon']}.ico").exists()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_macos_icns_holds_every_size_as_png():
    data = (ROOT / "app" / "resources" / "icons" / "second-opinion-companion.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        code, length = data[at:at + 4].decode("ascii"), struct.unpack(">I", data[at + 4:at + 8])[0]
        assert length > 8 and at + length <= len(data)
        found[code] = _png_size(data[at + 8:at + length])
        at += length
    expected = {"icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128, "ic13": 256, "ic08": 256,
                "ic14": 512, "ic09": 512, "ic10": 1024}  # ic11–ic14 and ic10 are the @2x (Retina) ones
    assert found == {code: (size, size) for code, size in expected.items()}


def test_pyside_support_modules_are_bundled_precompiled(tmp_path):
    spec = importlib.util.spec_from_file_location("shiboken_support", ROOT / "packaging" / "shiboken_support.py")
    support = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(support)
    entries = support.bundle_entries(tmp_path)
    bundled = {(pathlib.Path(src).name, dest) for src, dest in entries}
    loader_dir = str(pathlib.Path("shiboken6", "files.dir", "shibokensupport", "signature"))
    assert ("loader.py", loader_dir) in bundled
    assert (f"loader.{sys.implementation.cache_tag}.pyc", str(pathlib.Path(loader_dir, "__pycache__"))) in bundled
    for src, _ in entries:  # bytecode that does not depend on file dates: a copied install keeps using it
        if src.endswith(".pyc"):
            flags = struct.unpack("<I", pathlib.Path(src).read_bytes()[4:8])[0]
            assert flags == 0b01, src  # hash-based, unchecked (PEP 552)
    assert not (support.installed_shiboken() / "files.dir").exists()  # the installed PySide is left alone

"""What the frozen app leaves out: Qt pieces it never loads. Kept in a module so tests can check it."""
from __future__ import annotations

import re

_DROP_BINARIES = re.compile(
    r"("
    r"Qt6(Qml|Quick|OpenGL|Pdf|VirtualKeyboard|WaylandClient|WaylandEgl|EglFS|Svg|Sql|Test"
    r"|Designer|Help|Labs|ShaderTools|Lottie|Concurrent|WlShell)"
    # the gtk3 theme plugin is left out, and with it the GTK stack it drags in
    r"|(^|/)lib(gtk-3|gdk-3|gdk_pixbuf|atk-|atk-bridge|cairo|pango|pixman|thai|datrie|fribidi|epoxy)"
    # printing uses the system's own libcups (every Linux desktop that prints has it), not a copy;
    # QtNetwork (kept for the local socket of app/ui/single_instance.py) links libgssapi_krb5 too,
    # which that system libcups brings, so the frozen app loads the system's copy of the Kerberos
    # stack rather than a second one beside it
    r"|(^|/)lib(cups|gnutls|krb5|gssapi_krb5|k5crypto|krb5support|avahi-client|avahi-common|p11-kit"
    r"|tasn1|nettle|hogweed|idn2|unistring|gmp|keyutils|com_err)\.so"
    r"|platforminputcontexts/.*virtualkeyboard"
    r"|platforms/lib(qwayland|qeglfs|qminimalegl|qvnc|qvkkhrdisplay|qlinuxfb|qminimal)"
    # QtNetwork is kept for one local socket: never its TLS or network-status plugins
    r"|wayland-|egldeviceintegrations|platformthemes/.*gtk3|networkinformation|/tls/|sqldrivers"
    r"|qmltooling|imageformats/lib(qsvg|qtiff|qwebp|qicns|qtga|qwbmp|qpdf)|iconengines/.*svg"
    r"|vectorimageformats|xcbglintegrations/.*egl"
    # the system OpenSSL that a hook collects for Python's ssl: nothing left in the bundle links it
    # (no TLS; cryptography and sqlcipher3 carry their own OpenSSL inside)
    r"|(^|/)lib(ssl|crypto)\.so"
    # legacy East Asian codecs: the app reads and writes UTF-8 only
    r"|lib-dynload/_(codecs_(jp|hk|cn|kr|tw|iso2022)|multibytecodec)\."
    r")",
    re.IGNORECASE,
)
# English and Spanish (standard buttons in the interface's language), and the app's own .qm files
_KEEP_TRANSLATIONS = re.compile(r"translations/qt(base)?_(en|es)\.qm$|app/resources/translations/")


def keep_binary(dest: str) -> bool:
    return not _DROP_BINARIES.search(dest.replace("\\", "/"))


def keep_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if "/translations/" in dest and dest.endswith(".qm"):
        return bool(_KEEP_TRANSLATIONS.search(dest))
    if "/qml/" in dest or dest.startswith("PySide6/Qt/qml"):
        return False
    return True

"""Can Qt show a window here? A Qt-free check that names the fix instead of a Qt abort."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

NO_DISPLAY = ("No display found. Run it under a virtual display: xvfb-run make run "
              "(Debian/Ubuntu: apt-get install xvfb).")
# Qt 6.5+ loads its X11 plugin only with these (library name -> Debian/Ubuntu package)
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def display_problem(environ: Mapping[str, str] | None = None,
                    find_library: Callable[[str], str | None] = ctypes.util.find_library) -> str | None:
    """One line saying what is missing to show a window, or None when all is there."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc…: the caller's choice
    if not sys.platform.startswith("linux"):
        return None
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return NO_DISPLAY
    if env.get("DISPLAY") and not platform.startswith("wayland") and not env.get("WAYLAND_DISPLAY"):
        missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if find_library(lib) is None]
        if missing:
            return ("Qt needs X11 libraries that are not installed. Install them with: "
                    "sudo apt-get install " + " ".join(missing))
    return None

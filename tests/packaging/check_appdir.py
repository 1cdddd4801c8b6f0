#!/usr/bin/python3
"""AppDir check: make-appdir.cmake (the "appdir" target) builds a complete AppDir from the build tree, its AppRun
starts leo-kiosk, leo-kiosk does not link what its first frame does not need, every Qt plugin of qt-plugins.txt is there and still comes from the Debian package the list names,
and build-appimage.sh stops with a clear message and a non-zero code when one of its tools is missing (the AppImage
itself is checked by check_appimage.py).

usage: check_appdir.py --source S --build B --version V --qmake QMAKE
"""
import argparse
import os
import tempfile

import pkgcheck

APP_ID = "fr.leo.kiosk"


def main():
    parser = argparse.ArgumentParser()
    for option in ("--source", "--build", "--version", "--qmake"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    args.qt_plugin_dir = pkgcheck.qt_plugin_dir(args.qmake)
    pkgcheck.need_tool("desktop-file-validate", "desktop-file-utils")
    pkgcheck.need_tool("file", "file")
    pkgcheck.need_tool("readelf", "binutils")
    c = pkgcheck.Checker("packaging appdir")
    appimage = os.path.join(args.source, "packaging", "appimage")

    # The list: each plugin exists and belongs to the package it names.
    listed = []
    with open(os.path.join(appimage, "qt-plugins.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if fields:
                listed.append(fields[0])
                if c.check(len(fields) >= 2, f"qt-plugins.txt: {fields[0]} names no Debian package"):
                    owner = pkgcheck.run(["dpkg-query", "-S", os.path.join(args.qt_plugin_dir, fields[0])],
                                         check=False)
                    c.check(owner.returncode == 0 and owner.stdout.split(":")[0] == fields[1],
                            f"qt-plugins.txt: {fields[0]} is not (or no longer) in {fields[1]}: "
                            f"{(owner.stdout or owner.stderr).strip()}")

    with tempfile.TemporaryDirectory(prefix="leo-kiosk-appdir-") as tmp:
        appdir = os.path.join(tmp, "AppDir")
        made = pkgcheck.run(["cmake", "-D", f"BUILD_DIR={args.build}", "-D", f"APPDIR={appdir}",
                             "-D", f"QT_PLUGIN_DIR={args.qt_plugin_dir}",
                             "-P", os.path.join(appimage, "make-appdir.cmake")], check=False)
        if not c.check(made.returncode == 0, f"make-appdir.cmake failed:\n{made.stdout}{made.stderr}"):
            c.done()

        apprun = os.path.join(appdir, "AppRun")
        c.check(os.access(apprun, os.X_OK), "AppRun is missing or not executable")
        for name in (f"{APP_ID}.desktop", f"{APP_ID}.svg", ".DirIcon", "usr/bin/leo-kiosk",
                     f"usr/share/applications/{APP_ID}.desktop", f"usr/share/metainfo/{APP_ID}.metainfo.xml",
                     f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg", "usr/share/leo-kiosk/qt-plugins.txt"):
            c.check(os.path.isfile(os.path.join(appdir, name)), f"AppDir: {name} is missing")
        for name in ("usr/etc", "usr/lib/systemd", "usr/bin/leo-kiosk-cage"):
            c.check(not os.path.exists(os.path.join(appdir, name)), f"AppDir: {name} belongs to the .deb only")
        result = pkgcheck.run(["desktop-file-validate", os.path.join(appdir, f"{APP_ID}.desktop")], check=False)
        c.check(result.returncode == 0, f"desktop-file-validate (AppDir):\n{result.stdout}{result.stderr}")
        for plugin in listed:
            path = os.path.join(appdir, "usr", "plugins", plugin)
            if c.check(os.path.isfile(path), f"AppDir: plugin {plugin} was not copied"):
                kind = pkgcheck.run(["file", "-b", path]).stdout
                c.check(kind.startswith("ELF") and "shared object" in kind, f"AppDir: {plugin} is not a library")
        binary = pkgcheck.run(["file", "-b", os.path.join(appdir, "usr/bin/leo-kiosk")]).stdout
        c.check("not stripped" not in binary, f"AppDir: leo-kiosk is not stripped ({binary.strip()})")
        # The start-up budget (README, Benchmarks): what the first frame does not need is not linked. SQLCipher (and
        # OpenSSL's libcrypto with it) is loaded when the store opens; the kiosk draws PNGs, never SVG.
        dynamic = pkgcheck.run(["readelf", "-d", os.path.join(appdir, "usr/bin/leo-kiosk")]).stdout
        needed = [line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line]
        c.check(any(n.startswith("libQt6Widgets") for n in needed), f"readelf -d leo-kiosk lists no NEEDED: {needed}")
        for library in ("libsqlcipher", "libcrypto", "libQt6Svg"):
            c.check(not any(n.startswith(library) for n in needed),
                    f"leo-kiosk links {library} again; load it after the first frame instead: {needed}")

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        version = pkgcheck.run([apprun, "--version"], check=False, env=env)
        c.check(version.returncode == 0 and version.stdout.strip() == f"leo-kiosk {args.version}",
                f"AppRun --version: exit {version.returncode}, {version.stdout!r} {version.stderr!r}")

        # Without one of its tools (here mksquashfs), build-appimage.sh must refuse, clearly, before building.
        env = dict(os.environ, MKSQUASHFS=os.path.join(tmp, "no-such-mksquashfs"))
        refused = pkgcheck.run([os.path.join(appimage, "build-appimage.sh"), args.build, tmp], check=False, env=env)
        c.check(refused.returncode == 69, f"build-appimage.sh without mksquashfs: exit {refused.returncode}, not 69")
        c.check("mksquashfs (Debian package squashfs-tools)" in refused.stderr,
                f"build-appimage.sh does not say what is missing:\n{refused.stderr}")
        c.check(not any(n.endswith(".AppImage") for n in os.listdir(tmp)), "an AppImage appeared anyway")
    c.done()


if __name__ == "__main__":
    main()

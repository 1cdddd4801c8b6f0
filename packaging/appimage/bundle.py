#!/usr/bin/python3
"""Makes the AppDir self-contained, from Debian packages alone (the job linuxdeploy does elsewhere).

usage: bundle.py --appdir DIR --qmake QMAKE --source SRC --sqlcipher SONAME [--patchelf PATCHELF]

Into an AppDir assembled by make-appdir.cmake (leo-kiosk and the Qt plugins of qt-plugins.txt), it adds:
  usr/qml/...              the QML modules the on-screen keyboard loads (qml/virtual-keyboard-imports.qml and every
                           module their qmldir files import or depend on)
  usr/translations/        Qt's own translations (qtbase_<language>.qm) of the languages the kiosk ships
                           (LanguageManager loads them from QLibraryInfo's translations path)
  usr/share/fonts/         the fonts of fonts-dejavu-core, and usr/share/leo-kiosk/fonts.conf that adds them to the
                           machine's fontconfig configuration (AppRun points FONTCONFIG_FILE at it)
  usr/lib/                 every shared library the ELF files above need (ldd), the libraries loaded at run time
                           (runtime-libraries.txt, and SQLCipher), minus those of the excludelist
  usr/bin/qt.conf          Qt's paths inside the AppDir (plugins, QML modules, translations)
  usr/share/doc/<package>/copyright  the licence of each Debian package something was taken from
and sets the RUNPATH of every ELF file it carries to $ORIGIN/<path to usr/lib> (patchelf).
"""
import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def die(message):
    sys.exit(f"bundle.py: {message}")


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        die(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


def list_file(path):
    """First column of each line, '#' starting a comment."""
    entries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if fields:
                entries.append(fields[0])
    return entries


def is_elf(path):
    if os.path.islink(path) or not os.path.isfile(path):
        return False
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def linker_cache():
    """SONAME -> path, from ldconfig -p (x86-64 / this machine's entries first)."""
    cache = {}
    for line in run(["/sbin/ldconfig", "-p"]).splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and match.group(1) not in cache:
            cache[match.group(1)] = match.group(3)
    return cache


def ldd(path):
    """SONAME -> resolved path of everything path needs, transitively, as the system's loader sees it."""
    env = {k: v for k, v in os.environ.items() if k not in ("LD_LIBRARY_PATH", "LD_PRELOAD")}
    out = subprocess.run(["ldd", path], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        die(f"ldd {path} failed:\n{out.stdout}{out.stderr}")
    needed = {}
    for line in out.stdout.splitlines():
        line = line.strip()
        if "=> not found" in line:
            die(f"{path} needs {line.split()[0]}, which is not installed")
        match = re.match(r"(\S+) => (\S+) \(0x[0-9a-f]+\)", line)
        if match:
            needed[match.group(1)] = match.group(2)
    return needed


def needed(path):
    """The DT_NEEDED entries of an ELF file."""
    dynamic = run(["readelf", "-d", "-W", path])
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


class Bundle:
    def __init__(self, args):
        self.appdir = os.path.abspath(args.appdir)
        self.usr = os.path.join(self.appdir, "usr")
        self.lib = os.path.join(self.usr, "lib")
        self.excluded = list_file(os.path.join(HERE, "excludelist"))
        self.sources = set()  # the system files copied into the AppDir, for their Debian packages' licences
        self.qt = {key: run([args.qmake, "-query", key]).strip()
                   for key in ("QT_INSTALL_PLUGINS", "QT_INSTALL_QML", "QT_INSTALL_TRANSLATIONS")}

    def excluded_soname(self, soname):
        return any(fnmatch.fnmatchcase(soname, pattern) for pattern in self.excluded)

    def copy(self, source, target):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(os.path.realpath(source), target)
        self.sources.add(os.path.realpath(source))

    # --- QML modules ------------------------------------------------------------------------------------------
    def qml_modules(self, imports_file):
        with open(imports_file, encoding="utf-8") as f:
            wanted = re.findall(r"^import\s+([A-Za-z][\w.]*)", f.read(), re.M)
        seen = set()
        while wanted:
            module = wanted.pop()
            if module in seen:
                continue
            seen.add(module)
            source = os.path.join(self.qt["QT_INSTALL_QML"], *module.split("."))
            qmldir = os.path.join(source, "qmldir")
            if not os.path.isfile(qmldir):
                if module == "QtQml":  # built into libQt6Qml: no folder of its own in Qt 6.4
                    continue
                die(f"QML module {module} is not installed ({qmldir} is missing); scripts/install-deps.sh installs it")
            with open(qmldir, encoding="utf-8") as f:
                wanted += re.findall(r"^(?:import|depends)\s+([A-Za-z][\w.]*)", f.read(), re.M)
            self.copy_module(source, os.path.join(self.usr, "qml", *module.split(".")))
        return sorted(seen)

    def copy_module(self, source, target):
        """The module's files and the folders that are not modules of their own (no qmldir)."""
        for name in os.listdir(source):
            path = os.path.join(source, name)
            if os.path.isdir(path):
                if not os.path.exists(os.path.join(path, "qmldir")):
                    self.copy_module(path, os.path.join(target, name))
            else:
                self.copy(path, os.path.join(target, name))

    # --- translations and fonts -------------------------------------------------------------------------------
    def translations(self, source_dir):
        languages = sorted(re.match(r"leokiosk_(\w+)\.ts$", n).group(1)
                           for n in os.listdir(os.path.join(source_dir, "translations"))
                           if re.match(r"leokiosk_\w+\.ts$", n))
        # Qt has no catalogue of its own for some of them (Portuguese of Portugal, Romanian): those languages show Qt's
        # few own strings in English, as the installed kiosk does. French must have one: it is the default.
        for language in languages:
            qm = os.path.join(self.qt["QT_INSTALL_TRANSLATIONS"], f"qtbase_{language}.qm")
            if not os.path.isfile(qm):
                if language == "fr":
                    die(f"{qm} is missing (Debian package qt6-translations-l10n)")
                continue
            self.copy(qm, os.path.join(self.usr, "translations", os.path.basename(qm)))
        return languages

    def fonts(self, package):
        files = [p for p in run(["dpkg-query", "-L", package]).splitlines() if p.endswith((".ttf", ".otf"))]
        if not files:
            die(f"no fonts in {package}")
        for path in files:
            self.copy(path, os.path.join(self.usr, "share", "fonts", package, os.path.basename(path)))
        # The machine's configuration first (its fonts, rules and cache), then the bundled fonts, so that the kiosk
        # has its typeface even where no font is installed. prefix="relative": relative to this file's folder.
        conf = os.path.join(self.usr, "share", "leo-kiosk", "fonts.conf")
        os.makedirs(os.path.dirname(conf), exist_ok=True)
        with open(conf, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                    "<!-- The leo-kiosk AppImage's fontconfig file (AppRun sets FONTCONFIG_FILE to it). -->\n"
                    "<fontconfig>\n"
                    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                    f'  <dir prefix="relative">../fonts/{package}</dir>\n'
                    '  <cachedir prefix="xdg">fontconfig</cachedir>\n'
                    "</fontconfig>\n")
        return files

    # --- shared libraries -------------------------------------------------------------------------------------
    def elf_files(self):
        for root, dirs, files in os.walk(self.usr):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                if is_elf(path):
                    yield path

    def libraries(self, extra_sonames):
        """Walks DT_NEEDED from every ELF file of the AppDir and the run-time libraries, copying each library into
        usr/lib, and stops at the excludelist: what only an excluded library needs (HarfBuzz's Graphite, say) is
        the machine's business, as the excluded library itself is."""
        cache = linker_cache()
        for soname in extra_sonames:
            if soname not in cache:
                die(f"{soname} is not in the linker cache (not installed?)")
            self.copy(cache[soname], os.path.join(self.lib, soname))
        bundled = {soname: cache[soname] for soname in extra_sonames}
        todo = list(self.elf_files())
        resolved = {}
        while todo:
            path = todo.pop()
            resolved.update({k: v for k, v in ldd(path).items() if k not in resolved})
            for soname in needed(path):
                if self.excluded_soname(soname) or soname in bundled:
                    continue
                source = resolved.get(soname) or cache.get(soname)
                if not source:
                    die(f"{path} needs {soname}, which is not installed")
                target = os.path.join(self.lib, soname)
                self.copy(source, target)
                bundled[soname] = source
                todo.append(target)
        return bundled

    def set_runpaths(self, patchelf):
        count = 0
        for path in self.elf_files():
            relative = os.path.relpath(self.lib, os.path.dirname(path))
            runpath = "$ORIGIN" if relative == "." else f"$ORIGIN/{relative}"
            os.chmod(path, os.stat(path).st_mode | 0o200)
            run([patchelf, "--set-rpath", runpath, path])
            count += 1
        return count

    # --- the rest ---------------------------------------------------------------------------------------------
    def qt_conf(self):
        # Read by QLibraryInfo next to the executable: every Qt path inside the AppDir, none on the machine.
        with open(os.path.join(self.usr, "bin", "qt.conf"), "w", encoding="utf-8") as f:
            f.write("[Paths]\nPrefix=..\nLibraries=lib\nPlugins=plugins\nQmlImports=qml\nQml2Imports=qml\n"
                    "Translations=translations\nData=share\n")

    def licences(self):
        # Debian 12 is /usr-merged, but some packages still list their files under /lib: ask for both spellings.
        paths = set(self.sources)
        paths.update("/" + p[len("/usr/"):] for p in self.sources if p.startswith("/usr/lib/"))
        owners = subprocess.run(["dpkg-query", "-S", *sorted(paths)], capture_output=True, text=True,
                                env=dict(os.environ, LC_ALL="C.UTF-8")).stdout
        packages = set()
        for line in owners.splitlines():
            if ": " in line and not line.startswith("diversion"):
                packages.update(p.split(":")[0].strip() for p in line.split(": ", 1)[0].split(","))
        for package in sorted(packages):
            copyright_file = f"/usr/share/doc/{package}/copyright"
            if os.path.isfile(copyright_file):
                self.copy(copyright_file, os.path.join(self.usr, "share", "doc", package, "copyright"))
        return packages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--appdir", required=True)
    parser.add_argument("--qmake", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--sqlcipher", required=True, help="SONAME of the SQLCipher library leo-kiosk loads")
    parser.add_argument("--patchelf", default=shutil.which("patchelf") or "patchelf")
    parser.add_argument("--fonts-package", default="fonts-dejavu-core")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.appdir, "usr", "bin", "leo-kiosk")):
        die(f"{args.appdir} is not an AppDir made by make-appdir.cmake")

    bundle = Bundle(args)
    modules = bundle.qml_modules(os.path.join(HERE, "qml", "virtual-keyboard-imports.qml"))
    languages = bundle.translations(args.source)
    fonts = bundle.fonts(args.fonts_package)
    extra = [args.sqlcipher] + list_file(os.path.join(HERE, "runtime-libraries.txt"))
    libraries = bundle.libraries(extra)
    bundle.qt_conf()
    patched = bundle.set_runpaths(args.patchelf)
    packages = bundle.licences()
    print(f"bundle.py: {len(libraries)} libraries, {len(modules)} QML modules, Qt translations {', '.join(languages)},"
          f" {len(fonts)} fonts, RUNPATH set on {patched} ELF files, licences of {len(packages)} packages")


if __name__ == "__main__":
    main()

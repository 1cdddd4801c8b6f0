#!/usr/bin/python3
"""The .deb packages for real: cpack builds leo-kiosk and leo-ent-server, dpkg -i installs them, the installed
programs run (leo-kiosk --version, leo-ent-server --help, and leo-kiosk --check-config against the installed
leo-ent-server), dpkg -r removes every file but the conffile, dpkg -P removes that too.

Changes the system while it runs, so ctest runs it alone (RUN_SERIAL, RESOURCE_LOCK dpkg). It always purges what it
installed, also after a failure; a marker file lets a later run clean up after a run that was killed. It never
touches packages it did not install: if leo-kiosk or leo-ent-server is already installed, it is skipped.

usage: check_deb.py --build B --version V --schema JSON --state-dir DIR
"""
import argparse
import fcntl
import glob
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

import pkgcheck

PACKAGES = ("leo-kiosk", "leo-ent-server")
CONFFILE = "/etc/xdg/leo-kiosk/leo-kiosk.conf"
EXPECTED = {
    "leo-kiosk": ["/usr/bin/leo-kiosk", "/usr/bin/leo-kiosk-cage", CONFFILE,
                  "/usr/share/applications/fr.leo.kiosk.desktop", "/usr/share/metainfo/fr.leo.kiosk.metainfo.xml",
                  "/usr/share/icons/hicolor/scalable/apps/fr.leo.kiosk.svg",
                  "/usr/share/icons/hicolor/48x48/apps/fr.leo.kiosk.png",
                  "/usr/share/icons/hicolor/256x256/apps/fr.leo.kiosk.png",
                  "/usr/share/man/man1/leo-kiosk.1.gz", "/usr/lib/systemd/user/leo-kiosk.service",
                  "/usr/lib/systemd/system/leo-kiosk-cage@.service",
                  "/usr/lib/systemd/system/leo-kiosk-database-key.service", "/usr/sbin/leo-kiosk-seal-database-key",
                  "/usr/share/doc/leo-kiosk/README.packaging.md"],
    "leo-ent-server": ["/usr/bin/leo-ent-server", "/usr/share/doc/leo-ent-server/README.md"],
}


def dpkg(*args):
    """Runs dpkg, waiting (up to 2 minutes) while another apt/dpkg holds its lock instead of failing at once."""
    deadline = time.monotonic() + 120
    while True:
        result = pkgcheck.run(["dpkg", *args], check=False)
        if result.returncode == 0 or "lock" not in result.stderr or time.monotonic() > deadline:
            return result
        time.sleep(1)


def status(package):
    """dpkg's view of a package: "installed", "config-files" or "" (unknown / not installed)."""
    result = pkgcheck.run(["dpkg-query", "-W", "-f=${db:Status-Status}", package], check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


def purge(quiet=False):
    present = [p for p in PACKAGES if status(p) not in ("", "not-installed")]
    if present:
        result = dpkg("-P", *present)
        if result.returncode != 0 and not quiet:
            print(result.stdout + result.stderr, file=sys.stderr)


def package_files(deb):
    listing = pkgcheck.run(["dpkg-deb", "-c", deb]).stdout
    return [re.sub(r"^\.", "", line.split(None, 5)[5]) for line in listing.splitlines() if not line.startswith("d")]


def installed_checks(c, args, tmp):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               LC_ALL="C.UTF-8")
    for package, paths in EXPECTED.items():
        listed = set(pkgcheck.run(["dpkg", "-L", package]).stdout.split())
        for path in paths:
            c.check(path in listed and os.path.isfile(path), f"{package} does not install {path}")
    owner = pkgcheck.run(["dpkg-query", "-S", CONFFILE], check=False).stdout
    c.check(owner.startswith("leo-kiosk:"), f"{CONFFILE} is not owned by leo-kiosk")
    conffiles = pkgcheck.run(["dpkg-query", "-W", "-f=${Conffiles}", "leo-kiosk"]).stdout
    c.check(CONFFILE in conffiles, f"{CONFFILE} is not a conffile of leo-kiosk")

    version = pkgcheck.run(["/usr/bin/leo-kiosk", "--version"], check=False, env=env)
    c.check(version.returncode == 0 and version.stdout.strip() == f"leo-kiosk {args.version}",
            f"installed leo-kiosk --version: exit {version.returncode}, {version.stdout!r} {version.stderr!r}")
    server_help = pkgcheck.run(["/usr/bin/leo-ent-server", "--help"], check=False, env=env)
    c.check(server_help.returncode == 0 and "leo-ent-server" in server_help.stdout,
            f"installed leo-ent-server --help: exit {server_help.returncode}\n{server_help.stderr}")

    # --check-config of the installed kiosk, reading the installed /etc file, against the installed server.
    config = os.path.join(tmp, "leo-ent-server.ini")
    with open(config, "w", encoding="utf-8") as f:
        f.write("[server]\nlisten_address=127.0.0.1\nport=0\n[store]\ndatabase=leo-ent.db\nkey_file=leo-ent.key\n")
    init = pkgcheck.run(["/usr/bin/leo-ent-server", "--config", config, "init"], check=False, env=env, cwd=tmp)
    if not c.check(init.returncode == 0, f"leo-ent-server init: exit {init.returncode}\n{init.stdout}{init.stderr}"):
        return
    server = subprocess.Popen(["/usr/bin/leo-ent-server", "--config", config, "serve"], cwd=tmp, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline().strip()  # "listening on http://127.0.0.1:PORT"
        if not c.check(line.startswith("listening on http://127.0.0.1:"), f"leo-ent-server serve said {line!r}"):
            return
        url = line[len("listening on "):]
        check = pkgcheck.run(["/usr/bin/leo-kiosk", "--check-config", "--ent-url", url], check=False, env=env,
                             timeout=60)
        out = check.stdout
        c.check(check.returncode == 0, f"installed leo-kiosk --check-config against the installed server: "
                                       f"exit {check.returncode}\n{out}{check.stderr}")
        c.check("answers (HTTP 200)" in out, f"--check-config did not see the ENT answer:\n{out}")
        for key in pkgcheck.load_schema(args.schema):
            expected = "[command line]" if key["name"] == "ent_url" else "[default]"
            row = next((l for l in out.splitlines() if l.strip().startswith(key["name"] + " ")), "")
            c.check(row.endswith(expected), f"--check-config: {key['name']} should be {expected} with the shipped "
                                            f"{CONFFILE} (every key commented out): {row.strip()!r}")
        c.check("warning" not in (out + check.stderr).lower(), f"--check-config warns:\n{out}{check.stderr}")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    # The units, now that their ExecStart= programs exist.
    if pkgcheck.shutil.which("systemd-analyze"):
        verify = pkgcheck.run(["systemd-analyze", "verify", "--man=no", "/usr/lib/systemd/user/leo-kiosk.service"],
                              check=False)
        problems = [l for l in (verify.stdout + verify.stderr).splitlines() if "leo-kiosk" in l]
        c.check(not problems, "systemd-analyze verify leo-kiosk.service:\n" + "\n".join(problems))


def main():
    parser = argparse.ArgumentParser()
    for option in ("--build", "--version", "--schema", "--state-dir"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    for tool, package in (("cpack", "cmake"), ("dpkg-shlibdeps", "dpkg-dev"), ("fakeroot", "fakeroot")):
        pkgcheck.need_tool(tool, package)
    if os.geteuid() != 0:
        print("check_deb: needs root to run dpkg -i; skipped")
        sys.exit(pkgcheck.SKIP)

    # ctest's RESOURCE_LOCK only covers one ctest run: a run from another build tree waits here instead of
    # installing and removing the same packages at the same time. The lock is an flock on dpkg's database folder,
    # which always exists and leaves nothing behind; dpkg's own locks are fcntl locks, which flock does not touch.
    lock = os.open("/var/lib/dpkg", os.O_RDONLY)
    fcntl.flock(lock, fcntl.LOCK_EX)

    marker = os.path.join(args.state_dir, "check_deb.installed")
    if os.path.exists(marker):  # a run of ours was killed between dpkg -i and dpkg -P
        purge(quiet=True)
        os.remove(marker)
    already = [p for p in PACKAGES if status(p) not in ("", "not-installed")]
    if already:
        print(f"check_deb: {', '.join(already)} already installed on this machine; not touching it, skipped")
        sys.exit(pkgcheck.SKIP)

    c = pkgcheck.Checker("packaging deb")
    with tempfile.TemporaryDirectory(prefix="leo-kiosk-deb-") as tmp:
        cpack = pkgcheck.run(["cpack", "-G", "DEB", "--config", os.path.join(args.build, "CPackConfig.cmake"),
                              "-B", os.path.join(tmp, "out")], check=False, cwd=args.build)
        debs = {p: glob.glob(os.path.join(tmp, "out", f"{p}_{args.version}-*.deb")) for p in PACKAGES}
        if not c.check(cpack.returncode == 0 and all(len(d) == 1 for d in debs.values()),
                       f"cpack -G DEB failed or made no leo-kiosk / leo-ent-server .deb:\n{cpack.stdout}{cpack.stderr}"):
            c.done()
        debs = {p: d[0] for p, d in debs.items()}
        for package, deb in debs.items():
            fields = pkgcheck.run(["dpkg-deb", "-f", deb, "Package", "Depends", "Maintainer", "Section"]).stdout
            c.check(f"Package: {package}" in fields and "libqt6core6" in fields and "Maintainer:" in fields,
                    f"{package}: control fields look wrong (shlibdeps?):\n{fields}")
            # SQLCipher is loaded at run time: shlibdeps cannot see it, the package must name it.
            c.check(re.search(r"^Depends:.*\blibsqlcipher1\b", fields, re.M) is not None,
                    f"{package}: Depends does not name libsqlcipher1 (loaded at run time):\n{fields}")
            c.check(not any(f.startswith("/usr/local") or "_CPack_Packages" in f for f in package_files(deb)),
                    f"{package}: files outside /usr and /etc:\n" + "\n".join(package_files(deb)))
        files = {p: package_files(d) for p, d in debs.items()}

        try:
            with open(marker, "w", encoding="utf-8") as f:
                f.write("check_deb.py installed leo-kiosk and leo-ent-server\n")
            install = dpkg("-i", *debs.values())
            if c.check(install.returncode == 0, f"dpkg -i:\n{install.stdout}{install.stderr}"):
                c.check(all(status(p) == "installed" for p in PACKAGES), "dpkg -i left a package not installed")
                installed_checks(c, args, tmp)

                removed = dpkg("-r", *PACKAGES)
                c.check(removed.returncode == 0, f"dpkg -r:\n{removed.stdout}{removed.stderr}")
                left = [f for p in PACKAGES for f in files[p] if os.path.lexists(f)]
                c.check(left == [CONFFILE], f"after dpkg -r, expected only {CONFFILE} to stay (a conffile), "
                                            f"found: {left}")
                c.check(status("leo-kiosk") == "config-files", "after dpkg -r, leo-kiosk is not in config-files state")
                c.check(status("leo-ent-server") in ("", "not-installed"),
                        "after dpkg -r, leo-ent-server (no conffile) is still known to dpkg")
                purged = dpkg("-P", "leo-kiosk")
                c.check(purged.returncode == 0, f"dpkg -P:\n{purged.stdout}{purged.stderr}")
                left = [f for p in PACKAGES for f in files[p] if os.path.lexists(f)]
                c.check(not left, f"after dpkg -P, files are left: {left}")
                c.check(not os.path.exists(os.path.dirname(CONFFILE)), f"{os.path.dirname(CONFFILE)} is left")
                c.check(all(status(p) in ("", "not-installed") for p in PACKAGES), "dpkg still knows the packages")
        finally:
            purge()
            if all(status(p) in ("", "not-installed") for p in PACKAGES):
                os.remove(marker)
            else:
                c.fail("could not purge leo-kiosk / leo-ent-server: run dpkg -P leo-kiosk leo-ent-server")
    c.done()


if __name__ == "__main__":
    main()

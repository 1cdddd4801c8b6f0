/* main() of the leo-kiosk AppImage runtime (AppImage type 2).
 *
 *   leo-kiosk-<version>-<arch>.AppImage [ARGS...]   mounts the image (FUSE), runs AppRun ARGS..., unmounts
 *   APPIMAGE_EXTRACT_AND_RUN=1 ... [ARGS...]        (or --appimage-extract-and-run) extracts it to a temporary
 *                                                   folder instead, runs AppRun ARGS..., removes the folder
 *   --appimage-help and the other --appimage-* options below
 *
 * The runtime stays the parent of AppRun: SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1 and SIGUSR2 are passed on to
 * it, and when it has exited the runtime unmounts and removes the mount point (or the extracted folder), then
 * exits with AppRun's code (128 + N when AppRun died of signal N). The FUSE file system is served by a helper
 * process that holds the read end of a keep-alive pipe: should the runtime itself be killed (SIGKILL), the helper
 * sees the pipe close, unmounts and removes the mount point, and AppRun receives SIGTERM (PR_SET_PDEATHSIG).
 * The runtime's own failures exit with 127. */
#define _GNU_SOURCE
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The sections of the AppImage specification, zero-filled here; build-appimage.sh writes the update information
 * into .upd_info, and a signing step would write .sha256_sig and .sig_key. */
__attribute__((section(".upd_info"), used)) static char update_information[1024];
__attribute__((section(".sha256_sig"), used)) static char sha256_signature[1024];
__attribute__((section(".sig_key"), used)) static char signature_key[8192];

enum { RUNTIME_FAILURE = 127 };

static const int forwarded_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
#define FORWARDED_COUNT (sizeof forwarded_signals / sizeof forwarded_signals[0])

static volatile sig_atomic_t child_pid;      /* AppRun, once started */
static volatile sig_atomic_t pending_signal; /* the last forwarded signal received */

static void on_signal(int sig)
{
    int saved = errno;
    pending_signal = sig;
    pid_t child = (pid_t)child_pid;
    if (child > 0)
        kill(child, sig);
    errno = saved;
}

static void set_signal_handlers(void (*handler)(int))
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < FORWARDED_COUNT; ++i)
        sigaction(forwarded_signals[i], &action, NULL);
}

static void block_signals(int how)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < FORWARDED_COUNT; ++i)
        sigaddset(&set, forwarded_signals[i]);
    sigprocmask(how, &set, NULL);
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st, (void)type, (void)ftw;
    if (remove(path) != 0 && errno != ENOENT)
        fprintf(stderr, "AppImage runtime: cannot remove %s: %s\n", path, strerror(errno));
    return 0;
}

static void remove_tree(const char *path)
{
    nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}

/* The folder temporary files go to: $TMPDIR when it is an absolute path, else /tmp. */
static const char *temporary_folder(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && tmp[0] == '/' ? tmp : "/tmp";
}

/* "<tmp>/<prefix><first six characters of the AppImage's name>XXXXXX", for mkdtemp. */
static char *temporary_template(const char *prefix, const char *appimage)
{
    const char *base = strrchr(appimage, '/');
    base = base ? base + 1 : appimage;
    char *path;
    if (asprintf(&path, "%s/%s%.6sXXXXXX", temporary_folder(), prefix, base) < 0)
        return NULL;
    return path;
}

/* Runs appdir/AppRun with argv[1..] and the AppImage environment; returns its exit code (128 + N on signal N). */
static int run_apprun(const char *appdir, const char *appimage, int argc, char **argv)
{
    char *apprun;
    if (asprintf(&apprun, "%s/AppRun", appdir) < 0)
        return RUNTIME_FAILURE;
    if (access(apprun, X_OK) != 0) {
        fprintf(stderr, "AppImage runtime: %s is missing or not executable\n", apprun);
        free(apprun);
        return RUNTIME_FAILURE;
    }
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        return RUNTIME_FAILURE;
    args[0] = apprun;
    for (int i = 1; i < argc; ++i)
        args[i] = argv[i];
    char cwd[PATH_MAX];
    const char *owd = getcwd(cwd, sizeof cwd) ? cwd : "";
    pid_t runtime = getpid();

    block_signals(SIG_BLOCK); /* a signal now is delivered once child_pid is known */
    pid_t child = fork();
    if (child == 0) {
        set_signal_handlers(SIG_DFL);
        block_signals(SIG_UNBLOCK);
        prctl(PR_SET_PDEATHSIG, SIGTERM); /* the runtime killed outright: AppRun is told to stop too */
        if (getppid() != runtime)
            _exit(RUNTIME_FAILURE);
        setenv("APPIMAGE", appimage, 1);
        setenv("APPDIR", appdir, 1);
        setenv("ARGV0", argv[0], 1);
        setenv("OWD", owd, 1);
        execv(apprun, args);
        fprintf(stderr, "AppImage runtime: cannot run %s: %s\n", apprun, strerror(errno));
        _exit(RUNTIME_FAILURE);
    }
    if (child < 0) {
        block_signals(SIG_UNBLOCK);
        fprintf(stderr, "AppImage runtime: fork: %s\n", strerror(errno));
        free(args);
        free(apprun);
        return RUNTIME_FAILURE;
    }
    child_pid = child;
    /* A signal that came before AppRun existed is passed on now. */
    if (pending_signal)
        kill(child, pending_signal);
    block_signals(SIG_UNBLOCK);

    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            status = RUNTIME_FAILURE << 8;
            break;
        }
    }
    block_signals(SIG_BLOCK);
    child_pid = 0;
    block_signals(SIG_UNBLOCK);
    free(args);
    free(apprun);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return RUNTIME_FAILURE;
}

static int mount_and_run(const char *appimage, off_t offset, int argc, char **argv, bool mount_only)
{
    char *mountpoint = temporary_template(".mount_", appimage);
    if (!mountpoint || !mkdtemp(mountpoint)) {
        fprintf(stderr, "AppImage runtime: cannot create a mount point in %s: %s\n", temporary_folder(),
                strerror(errno));
        return RUNTIME_FAILURE;
    }
    int ready[2], keepalive[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe2(keepalive, O_CLOEXEC) != 0) {
        rmdir(mountpoint);
        return RUNTIME_FAILURE;
    }
    pid_t helper = fork();
    if (helper == 0) {
        /* The helper outlives every signal the user sends: it ends when the runtime does. */
        set_signal_handlers(SIG_IGN);
        close(ready[0]);
        close(keepalive[1]);
        _exit(squashfs_serve(appimage, offset, mountpoint, ready[1], keepalive[0]));
    }
    close(ready[1]);
    close(keepalive[0]);
    char byte = 0;
    ssize_t got = -1;
    while (helper > 0 && (got = read(ready[0], &byte, 1)) < 0 && errno == EINTR) {
    }
    close(ready[0]);
    int code;
    if (got != 1) {
        fprintf(stderr,
                "AppImage runtime: cannot mount the AppImage with FUSE (this needs /dev/fuse and, for a user other "
                "than root, fusermount3: Debian package fuse3).\n"
                "Run it without FUSE: APPIMAGE_EXTRACT_AND_RUN=1 %s, or extract it: %s --appimage-extract\n",
                appimage, appimage);
        code = RUNTIME_FAILURE;
    } else if (mount_only) {
        printf("%s\n", mountpoint);
        fflush(stdout);
        /* Until a signal: the mount stays for as long as the runtime runs. */
        block_signals(SIG_BLOCK);
        sigset_t none;
        sigemptyset(&none);
        while (!pending_signal)
            sigsuspend(&none);
        block_signals(SIG_UNBLOCK);
        code = 0;
    } else if (pending_signal) {
        code = 128 + pending_signal; /* asked to stop while mounting */
    } else {
        code = run_apprun(mountpoint, appimage, argc, argv);
    }
    /* AppRun has exited: the helper unmounts and removes the mount point when the pipe closes. */
    close(keepalive[1]);
    if (helper > 0) {
        int status;
        while (waitpid(helper, &status, 0) < 0 && errno == EINTR) {
        }
    }
    if (rmdir(mountpoint) != 0 && errno != ENOENT)
        fprintf(stderr, "AppImage runtime: %s is left behind: %s\n", mountpoint, strerror(errno));
    free(mountpoint);
    return code;
}

static int extract_and_run(const char *appimage, off_t offset, int argc, char **argv)
{
    char *folder = temporary_template("appimage_extracted_", appimage);
    if (!folder || !mkdtemp(folder)) {
        fprintf(stderr, "AppImage runtime: cannot create a folder in %s: %s\n", temporary_folder(), strerror(errno));
        return RUNTIME_FAILURE;
    }
    int code;
    if (squashfs_extract(appimage, offset, folder, NULL, NULL, &pending_signal) != 0)
        code = pending_signal ? 128 + pending_signal : RUNTIME_FAILURE;
    else
        code = run_apprun(folder, appimage, argc, argv);
    remove_tree(folder);
    free(folder);
    return code;
}

static int print_section(int fd, const char *name)
{
    off_t at;
    size_t size;
    if (elf_section(fd, name, &at, &size) != 0) {
        fprintf(stderr, "AppImage runtime: no %s section\n", name);
        return RUNTIME_FAILURE;
    }
    char *text = calloc(size + 1, 1);
    if (!text || pread(fd, text, size, at) != (ssize_t)size) {
        free(text);
        return RUNTIME_FAILURE;
    }
    printf("%s\n", text);
    free(text);
    return 0;
}

static void usage(const char *self)
{
    printf("Usage: %s [OPTIONS] [ARGUMENTS TO THE APPLICATION]\n\n"
           "Runtime options (any other argument goes to the application):\n"
           "  --appimage-extract [PATTERN]  extract the content (or the paths matching PATTERN) to ./squashfs-root\n"
           "  --appimage-extract-and-run    run without FUSE: extract to a temporary folder, run, remove it\n"
           "                                (also: environment variable APPIMAGE_EXTRACT_AND_RUN=1)\n"
           "  --appimage-mount              mount the image, print where, keep it mounted until Ctrl+C\n"
           "  --appimage-offset             print the offset of the squashfs image in the file\n"
           "  --appimage-updateinformation  print the update information (.upd_info)\n"
           "  --appimage-signature          print the signature (.sha256_sig)\n"
           "  --appimage-version            print the runtime's version\n"
           "  --appimage-help               print this help\n",
           self);
}

int main(int argc, char **argv)
{
    char appimage[PATH_MAX];
    if (!realpath("/proc/self/exe", appimage)) {
        fprintf(stderr, "AppImage runtime: cannot find its own file: %s\n", strerror(errno));
        return RUNTIME_FAILURE;
    }
    int fd = open(appimage, O_RDONLY | O_CLOEXEC);
    off_t offset;
    if (fd < 0 || elf_image_offset(fd, &offset) != 0) {
        fprintf(stderr, "AppImage runtime: cannot read %s\n", appimage);
        return RUNTIME_FAILURE;
    }
    (void)update_information, (void)sha256_signature, (void)signature_key;

    const char *extract_env = getenv("APPIMAGE_EXTRACT_AND_RUN");
    bool extract = extract_env && extract_env[0] && strcmp(extract_env, "0") != 0;
    if (argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0) {
        const char *option = argv[1] + 11;
        if (strcmp(option, "help") == 0) {
            usage(argv[0]);
            return 0;
        }
        if (strcmp(option, "version") == 0) {
            printf("%s\n", RUNTIME_VERSION);
            return 0;
        }
        if (strcmp(option, "offset") == 0) {
            printf("%lld\n", (long long)offset);
            return 0;
        }
        if (strcmp(option, "updateinformation") == 0 || strcmp(option, "updateinfo") == 0)
            return print_section(fd, ".upd_info");
        if (strcmp(option, "signature") == 0)
            return print_section(fd, ".sha256_sig");
        set_signal_handlers(on_signal);
        if (strcmp(option, "extract") == 0) {
            if (mkdir("squashfs-root", 0755) != 0 && errno != EEXIST) {
                fprintf(stderr, "AppImage runtime: cannot create squashfs-root: %s\n", strerror(errno));
                return RUNTIME_FAILURE;
            }
            return squashfs_extract(appimage, offset, "squashfs-root", argc > 2 ? argv[2] : NULL, "squashfs-root",
                                    &pending_signal) == 0
                       ? 0
                       : RUNTIME_FAILURE;
        }
        if (strcmp(option, "mount") == 0)
            return mount_and_run(appimage, offset, 0, argv, true);
        if (strcmp(option, "extract-and-run") == 0) {
            extract = true;
            argv[1] = argv[0];
            --argc, ++argv;
        } else {
            fprintf(stderr, "AppImage runtime: unknown option %s (see --appimage-help)\n", argv[1]);
            return RUNTIME_FAILURE;
        }
    }
    close(fd);
    set_signal_handlers(on_signal);
    return extract ? extract_and_run(appimage, offset, argc, argv) : mount_and_run(appimage, offset, argc, argv, false);
}

/* The AppImage's squashfs image through libsquashfuse: served read-only over FUSE (squashfuse's low-level
 * operations, our own loop so that the mount ends when the runtime does), or extracted to a folder.
 * squashfuse's headers come first: their config.h sets the feature macros and the FUSE API version (3.2). */
#define _GNU_SOURCE
#include "ll.h"

#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- FUSE ------------------------------------------------------------------------------------------------- */

int squashfs_serve(const char *image, off_t offset, const char *mountpoint, int ready_fd, int keepalive_fd)
{
    sqfs_ll *ll = sqfs_ll_open(image, (size_t)offset);
    if (!ll)
        return 1; /* squashfuse said why */

    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    char *argv[] = {"appimage-runtime", "-o", "ro,nosuid,nodev,fsname=appimage,subtype=appimage", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, argv);
    sqfs_ll_chan ch;
    memset(&ch, 0, sizeof ch);
    if (sqfs_ll_mount(&ch, mountpoint, &args, &ops, sizeof ops, ll) != SQFS_OK) {
        sqfs_ll_destroy(ll);
        free(ll);
        return 1; /* libfuse said why (no /dev/fuse, no fusermount3, ...) */
    }
    ssize_t told;
    do
        told = write(ready_fd, "m", 1);
    while (told < 0 && errno == EINTR);
    close(ready_fd);

    /* One request at a time, until the runtime closes its end of the keep-alive pipe (it exited, by any way,
     * SIGKILL included) or the kernel ends the session (unmounted from outside). */
    struct fuse_buf buf;
    memset(&buf, 0, sizeof buf);
    struct pollfd fds[2] = {{fuse_session_fd(ch.session), POLLIN, 0}, {keepalive_fd, POLLIN, 0}};
    while (!fuse_session_exited(ch.session)) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents)
            break;
        if (fds[0].revents & POLLIN) {
            int got = fuse_session_receive_buf(ch.session, &buf);
            if (got == -EINTR || got == -EAGAIN)
                continue;
            if (got <= 0)
                break;
            fuse_session_process_buf(ch.session, &buf);
        } else if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
            break;
        }
    }
    free(buf.mem);
    sqfs_ll_unmount(&ch, mountpoint); /* detaches (lazily) if something still holds a file open */
    sqfs_ll_destroy(ll);
    free(ll);
    if (rmdir(mountpoint) != 0 && errno != ENOENT) {
        fprintf(stderr, "AppImage runtime: cannot remove %s: %s\n", mountpoint, strerror(errno));
        return 1;
    }
    return 0;
}

/* ---- extraction ------------------------------------------------------------------------------------------- */

static int fail(const char *what, const char *path)
{
    fprintf(stderr, "AppImage runtime: %s %s: %s\n", what, path, strerror(errno));
    return -1;
}

/* mkdir -p of the folders above relative path `path` under dest (pattern extraction). */
static int make_parents(const char *dest, const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return -1;
    for (char *slash = strchr(copy, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        char *dir;
        if (asprintf(&dir, "%s/%s", dest, copy) < 0) {
            free(copy);
            return -1;
        }
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
            fail("cannot create", dir);
            free(dir);
            free(copy);
            return -1;
        }
        free(dir);
        *slash = '/';
    }
    free(copy);
    return 0;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *target)
{
    if (unlink(target) != 0 && errno != ENOENT)
        return fail("cannot replace", target);
    int fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail("cannot create", target);
    static char block[1 << 17];
    uint64_t size = inode->xtra.reg.file_size;
    for (uint64_t at = 0; at < size;) {
        sqfs_off_t chunk = (sqfs_off_t)(size - at < sizeof block ? size - at : sizeof block);
        if (sqfs_read_range(fs, inode, (sqfs_off_t)at, &chunk, block) != SQFS_OK || chunk <= 0) {
            fprintf(stderr, "AppImage runtime: cannot read %s from the image\n", target);
            close(fd);
            return -1;
        }
        for (sqfs_off_t written = 0; written < chunk;) {
            ssize_t n = write(fd, block + written, (size_t)(chunk - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                fail("cannot write", target);
                close(fd);
                return -1;
            }
            written += n;
        }
        at += (uint64_t)chunk;
    }
    /* The image's permission bits, never set-user/group-ID. */
    if (fchmod(fd, inode->base.mode & 0777) != 0 || close(fd) != 0)
        return fail("cannot finish", target);
    return 0;
}

static int extract_symlink(sqfs *fs, sqfs_inode *inode, const char *target)
{
    size_t size = inode->xtra.symlink_size + 1;
    char *link = malloc(size);
    if (!link || sqfs_readlink(fs, inode, link, &size) != SQFS_OK) {
        free(link);
        fprintf(stderr, "AppImage runtime: cannot read the link %s from the image\n", target);
        return -1;
    }
    int result = 0;
    if ((unlink(target) != 0 && errno != ENOENT) || symlink(link, target) != 0)
        result = fail("cannot create the link", target);
    free(link);
    return result;
}

int squashfs_extract(const char *image, off_t offset, const char *dest, const char *pattern,
                     const char *verbose_prefix, volatile sig_atomic_t *stop)
{
    sqfs fs;
    memset(&fs, 0, sizeof fs);
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK)
        return -1; /* squashfuse said why */
    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs));
    int result = err == SQFS_OK ? 0 : -1;
    while (result == 0 && sqfs_traverse_next(&trv, &err)) {
        if (*stop) {
            result = -1;
            break;
        }
        if (trv.dir_end)
            continue;
        const char *name = sqfs_dentry_name(&trv.entry);
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || strchr(name, '/')) {
            fprintf(stderr, "AppImage runtime: the image holds an invalid name: %s\n", trv.path);
            result = -1;
            break;
        }
        if (pattern && fnmatch(pattern, trv.path, 0) != 0)
            continue;
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, sqfs_dentry_inode(&trv.entry)) != SQFS_OK) {
            fprintf(stderr, "AppImage runtime: cannot read the inode of %s\n", trv.path);
            result = -1;
            break;
        }
        char *target;
        if (asprintf(&target, "%s/%s", dest, trv.path) < 0) {
            result = -1;
            break;
        }
        if (pattern && make_parents(dest, trv.path) != 0)
            result = -1;
        else if (S_ISDIR(inode.base.mode)) {
            /* Always writable and searchable by its owner, so that it can be filled and removed again. */
            if (mkdir(target, (inode.base.mode & 0777) | 0700) != 0 && errno != EEXIST)
                result = fail("cannot create", target);
        } else if (S_ISREG(inode.base.mode)) {
            result = extract_file(&fs, &inode, target);
        } else if (S_ISLNK(inode.base.mode)) {
            result = extract_symlink(&fs, &inode, target);
        } /* devices, FIFOs and sockets have no place in an AppDir: skipped */
        if (result == 0 && verbose_prefix)
            printf("%s/%s\n", verbose_prefix, trv.path);
        free(target);
    }
    if (err != SQFS_OK && result == 0) {
        fprintf(stderr, "AppImage runtime: the image cannot be read to its end\n");
        result = -1;
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return result;
}

/* The leo-kiosk AppImage runtime: the ELF program at the head of leo-kiosk-<version>-<arch>.AppImage, followed by
 * the squashfs image of the AppDir (AppImage type 2). Shared declarations of its three parts:
 *   elf.c       where the image starts (end of the ELF section header table), and the runtime's own sections;
 *   squashfs.c  the image through libsquashfuse: served over FUSE, or extracted to a folder;
 *   runtime.c   main(): the --appimage-* options, mount-and-run, extract-and-run, signals and clean-up. */
#ifndef LEOKIOSK_APPIMAGE_RUNTIME_H
#define LEOKIOSK_APPIMAGE_RUNTIME_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define RUNTIME_VERSION "leo-kiosk AppImage runtime 1 (type 2)"

/* 0 and *offset = end of the section header table, where the squashfs image starts; -1 (message printed) when
 * fd is not a 64- or 32-bit ELF file of this machine's byte order. */
int elf_image_offset(int fd, off_t *offset);
/* 0 and the file offset and size of the named section; -1 when there is no such section. */
int elf_section(int fd, const char *name, off_t *offset, size_t *size);
/* true when the AppImage type-2 magic "AI\x02" is at offset 8 of fd. */
bool elf_has_appimage_magic(int fd);

/* Runs in the mount helper process: mounts the image read-only at mountpoint, writes one byte to ready_fd once
 * the mount is there (or exits without writing on failure), serves it until keepalive_fd reaches end of file (the
 * runtime exited, whatever the way) or the kernel ends the session, then unmounts and removes mountpoint.
 * Returns the exit code of the helper. */
int squashfs_serve(const char *image, off_t offset, const char *mountpoint, int ready_fd, int keepalive_fd);

/* Extracts the image (or the entries whose path matches pattern, fnmatch, with their parent folders) under dest,
 * which must exist. verbose: prints each extracted path as "<verbose_prefix>/<path>". Stops early when *stop
 * becomes non-zero (a signal). Returns 0 on success, -1 (message printed) on failure or when stopped. */
int squashfs_extract(const char *image, off_t offset, const char *dest, const char *pattern,
                     const char *verbose_prefix, volatile sig_atomic_t *stop);

#endif

/* Where the squashfs image of an AppImage starts: right after the runtime's ELF file, whose last part is the
 * section header table (AppImage type 2: offset = e_shoff + e_shentsize * e_shnum). Also reads the runtime's own
 * sections (.upd_info, .sha256_sig) by name, and checks the magic bytes. */
#define _GNU_SOURCE
#include "runtime.h"

#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_at(int fd, void *buf, size_t size, off_t offset)
{
    size_t done = 0;
    while (done < size) {
        ssize_t n = pread(fd, (char *)buf + done, size - done, offset + (off_t)done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        done += (size_t)n;
    }
    return 0;
}

static bool native_byte_order(const unsigned char *ident)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return ident[EI_DATA] == ELFDATA2LSB;
#else
    return ident[EI_DATA] == ELFDATA2MSB;
#endif
}

/* The header fields both classes share, widened. */
struct elf_header {
    uint64_t shoff;
    uint16_t shentsize, shnum, shstrndx;
    bool wide;
};

static int read_header(int fd, struct elf_header *h)
{
    unsigned char ident[EI_NIDENT];
    if (read_at(fd, ident, sizeof ident, 0) != 0 || memcmp(ident, ELFMAG, SELFMAG) != 0 || !native_byte_order(ident))
        return -1;
    if (ident[EI_CLASS] == ELFCLASS64) {
        Elf64_Ehdr e;
        if (read_at(fd, &e, sizeof e, 0) != 0)
            return -1;
        *h = (struct elf_header){e.e_shoff, e.e_shentsize, e.e_shnum, e.e_shstrndx, true};
    } else if (ident[EI_CLASS] == ELFCLASS32) {
        Elf32_Ehdr e;
        if (read_at(fd, &e, sizeof e, 0) != 0)
            return -1;
        *h = (struct elf_header){e.e_shoff, e.e_shentsize, e.e_shnum, e.e_shstrndx, false};
    } else {
        return -1;
    }
    return 0;
}

int elf_image_offset(int fd, off_t *offset)
{
    struct elf_header h;
    if (read_header(fd, &h) != 0 || h.shoff == 0) {
        fprintf(stderr, "AppImage runtime: this file does not start with an ELF header of this machine\n");
        return -1;
    }
    *offset = (off_t)(h.shoff + (uint64_t)h.shentsize * h.shnum);
    return 0;
}

static int section_header(int fd, const struct elf_header *h, unsigned index, uint32_t *name, uint64_t *offset,
                          uint64_t *size)
{
    off_t at = (off_t)(h->shoff + (uint64_t)index * h->shentsize);
    if (h->wide) {
        Elf64_Shdr s;
        if (read_at(fd, &s, sizeof s, at) != 0)
            return -1;
        *name = s.sh_name, *offset = s.sh_offset, *size = s.sh_size;
    } else {
        Elf32_Shdr s;
        if (read_at(fd, &s, sizeof s, at) != 0)
            return -1;
        *name = s.sh_name, *offset = s.sh_offset, *size = s.sh_size;
    }
    return 0;
}

int elf_section(int fd, const char *wanted, off_t *offset, size_t *size)
{
    struct elf_header h;
    uint32_t name;
    uint64_t strings_at, strings_size;
    if (read_header(fd, &h) != 0 || h.shstrndx >= h.shnum ||
        section_header(fd, &h, h.shstrndx, &name, &strings_at, &strings_size) != 0 || strings_size > (1u << 20))
        return -1;
    char *strings = malloc(strings_size + 1);
    if (!strings || read_at(fd, strings, strings_size, (off_t)strings_at) != 0) {
        free(strings);
        return -1;
    }
    strings[strings_size] = '\0';
    int found = -1;
    for (unsigned i = 0; i < h.shnum && found != 0; ++i) {
        uint64_t at, length;
        if (section_header(fd, &h, i, &name, &at, &length) != 0)
            break;
        if (name < strings_size && strcmp(strings + name, wanted) == 0) {
            *offset = (off_t)at;
            *size = (size_t)length;
            found = 0;
        }
    }
    free(strings);
    return found;
}

bool elf_has_appimage_magic(int fd)
{
    unsigned char magic[3];
    return read_at(fd, magic, sizeof magic, 8) == 0 && magic[0] == 'A' && magic[1] == 'I' && magic[2] == 0x02;
}

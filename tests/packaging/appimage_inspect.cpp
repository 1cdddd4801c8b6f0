// appimage_inspect FILE [PATH...]: what libappimage (Debian's libappimage, the library desktop integrations use to
// read AppImages) sees in FILE: its type, its payload offset, every path of its file system, and the size of each
// PATH read through it. check_appimage.py compares that with what the AppImage must be.
#include <appimage/appimage.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [PATH...]\n", argv[0]);
        return 64;
    }
    const char* file = argv[1];
    std::printf("type %d\n", appimage_get_type(file, false));
    std::printf("offset %lld\n", static_cast<long long>(appimage_get_payload_offset(file)));
    char** files = appimage_list_files(file);
    int count = 0;
    for (char** entry = files; entry && *entry; ++entry, ++count)
        std::printf("file %s\n", *entry);
    appimage_string_list_free(files);
    std::printf("files %d\n", count);
    for (int i = 2; i < argc; ++i) {
        char* buffer = nullptr;
        unsigned long size = 0;
        if (appimage_read_file_into_buffer_following_symlinks(file, argv[i], &buffer, &size))
            std::printf("read %s %lu\n", argv[i], size);
        else
            std::printf("unreadable %s\n", argv[i]);
        std::free(buffer);
    }
    return 0;
}

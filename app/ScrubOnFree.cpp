// Every heap block of the process is overwritten with zeros when it is freed or moved by realloc, whichever library
// frees it. The kiosk wipes the buffers it owns (SecretBytes), but Qt copies a request body and a reply on their way
// (the upload device's buffer, the copy handed to the network thread, the socket's ring buffer, OpenSSL's records,
// a QLineEdit's undo and layout strings, key events) and frees those copies as they are; without this, a pupil's
// password and identifier stay readable in freed heap after logout until the allocator happens to reuse the memory.
// Linked into the executable, these definitions interpose on the C library's for every shared library (glibc allows
// replacing free and realloc while malloc stays its own: __libc_malloc and __libc_free are its exported entry
// points). Not under AddressSanitizer, which has its own allocator; only with glibc. main() suspends it while the
// first screen is built, before any input can exist (ScrubOnFree.h).
#include "app/ScrubOnFree.h"

#include <atomic>
#include <cerrno>
#include <cstdlib> // defines __GLIBC__ with glibc
#include <cstring>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)

#include <malloc.h>

namespace {
// Relaxed: the switch happens before the window is shown, so a block another thread frees at that moment holds
// nothing of a pupil either way.
std::atomic<bool> g_scrubbing{true};
} // namespace

namespace LeoKiosk::App::ScrubOnFree {

void suspend()
{
    g_scrubbing.store(false, std::memory_order_relaxed);
}

void resume()
{
    g_scrubbing.store(true, std::memory_order_relaxed);
}

} // namespace LeoKiosk::App::ScrubOnFree

extern "C" {

void* __libc_malloc(size_t size);
void* __libc_realloc(void* pointer, size_t size);
void __libc_free(void* pointer);

void free(void* pointer) noexcept
{
    if (pointer == nullptr)
        return;
    if (g_scrubbing.load(std::memory_order_relaxed))
        explicit_bzero(pointer, malloc_usable_size(pointer));
    __libc_free(pointer);
}

// Never glibc's realloc: it frees the old block (or the tail it cuts off) internally, where free() is not called.
void* realloc(void* pointer, size_t size) noexcept
{
    if (!g_scrubbing.load(std::memory_order_relaxed))
        return __libc_realloc(pointer, size);
    if (pointer == nullptr)
        return __libc_malloc(size);
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(pointer);
    if (size <= usable) // the block is big enough: keep it, so that no part of it is freed unwiped
        return pointer;
    void* grown = __libc_malloc(size);
    if (grown == nullptr)
        return nullptr; // errno is ENOMEM; the old block is left as it was, as realloc promises
    std::memcpy(grown, pointer, usable);
    free(pointer);
    return grown;
}

void* reallocarray(void* pointer, size_t count, size_t size) noexcept
{
    size_t bytes = 0;
    if (__builtin_mul_overflow(count, size, &bytes)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(pointer, bytes);
}

} // extern "C"

#else

namespace LeoKiosk::App::ScrubOnFree {

void suspend() {}
void resume() {}

} // namespace LeoKiosk::App::ScrubOnFree

#endif

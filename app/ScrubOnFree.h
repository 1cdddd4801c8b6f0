#pragma once

// The zeroing of freed heap blocks (ScrubOnFree.cpp) is on from the process's start. The kiosk suspends it while it
// builds its first screen, when nothing a pupil typed can be in the heap yet and Qt frees tens of thousands of blocks
// (the style sheet, the fonts, the layouts) that would all be zeroed for nothing, and resumes it before the window is
// shown: no input reaches a window that is not on the screen. Without the C library's allocator (AddressSanitizer,
// another C library) there is no zeroing, and these do nothing.
namespace LeoKiosk::App::ScrubOnFree {

void suspend();
void resume();

} // namespace LeoKiosk::App::ScrubOnFree

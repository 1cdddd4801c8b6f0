# cmake -D FILE=<runtime> -P stamp-magic.cmake: writes the AppImage type-2 magic "AI\x02" at offset 8 of FILE.
execute_process(COMMAND printf "AI\\002" COMMAND dd of=${FILE} bs=1 seek=8 conv=notrunc status=none
                RESULT_VARIABLE rc)
file(READ ${FILE} magic OFFSET 8 LIMIT 3 HEX)
if(NOT rc EQUAL 0 OR NOT magic STREQUAL "414902")
  message(FATAL_ERROR "stamp-magic.cmake: could not write the AppImage magic into ${FILE} (read back: ${magic})")
endif()

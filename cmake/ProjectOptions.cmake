# The only way compiler flags and Qt defines reach our targets: link leokiosk_options.
add_library(leokiosk_options INTERFACE)
target_compile_features(leokiosk_options INTERFACE cxx_std_20)
if(MSVC)
  # The Windows build (packaging/windows/README.md): the same intent with MSVC's spelling.
  target_compile_options(leokiosk_options INTERFACE
    /W4 /permissive- /Zc:__cplusplus /utf-8 /guard:cf /sdl
    $<$<BOOL:${LEOKIOSK_WARNINGS_AS_ERRORS}>:/WX>
    $<$<BOOL:${LEOKIOSK_ENABLE_ASAN}>:/fsanitize=address>)
  target_link_options(leokiosk_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT /CETCOMPAT)
else()
  target_compile_options(leokiosk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor -Wshadow=local
    -Wcast-qual -fstack-protector-strong
    $<$<BOOL:${LEOKIOSK_WARNINGS_AS_ERRORS}>:-Werror>
    $<$<BOOL:${LEOKIOSK_ENABLE_ASAN}>:-fsanitize=address,undefined -fno-omit-frame-pointer>)
  target_link_options(leokiosk_options INTERFACE
    $<$<PLATFORM_ID:Linux>:-Wl,-z,relro,-z,now>
    $<$<BOOL:${LEOKIOSK_ENABLE_ASAN}>:-fsanitize=address,undefined>)
endif()
target_compile_definitions(leokiosk_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  LEOKIOSK_VERSION="${PROJECT_VERSION}"
  $<$<AND:$<NOT:$<CONFIG:Debug>>,$<NOT:$<CXX_COMPILER_ID:MSVC>>>:_FORTIFY_SOURCE=2>)

# What every test that may build the kiosk's window has in its environment: Qt TextToSpeech's speechd engine pointed
# at a socket that does not exist, so that « Écouter » finds no voice and no test ever reaches, or autospawns, the
# user's speech-dispatcher. tests/support/with-speech.sh sets its own private one.
set(LEOKIOSK_TEST_NO_SPEECH "SPEECHD_ADDRESS=unix_socket:${PROJECT_BINARY_DIR}/no-speech-dispatcher")

# leokiosk_add_test(NAME n SOURCES ... [LIBS ...] [LABELS ...] [LAUNCHER cmd...] [ENVIRONMENT k=v ...])
# One executable per test class; offscreen platform and a fixed locale, no speech-dispatcher (LEOKIOSK_TEST_NO_SPEECH);
# labels select unit/gui/integration.
function(leokiosk_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS;LAUNCHER;ENVIRONMENT" ${ARGN})
  qt_add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE leokiosk_options Qt6::Test ${T_LIBS})
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${T_NAME} PRIVATE LEOKIOSK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  add_test(NAME ${T_NAME} COMMAND ${T_LAUNCHER} $<TARGET_FILE:${T_NAME}>)
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABELS}"
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false;${LEOKIOSK_TEST_NO_SPEECH};${T_ENVIRONMENT}")
endfunction()

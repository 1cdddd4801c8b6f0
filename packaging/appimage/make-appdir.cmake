# Assembles the leo-kiosk AppDir from a built tree:
#   cmake -D BUILD_DIR=<build> -D APPDIR=<dir> -D QT_PLUGIN_DIR=<qmake -query QT_INSTALL_PLUGINS> -P make-appdir.cmake
# (the "appdir" target runs it into <build>/packaging/AppDir). The result holds AppRun, the desktop file, the icon,
# the metainfo, leo-kiosk, the Qt plugins of qt-plugins.txt and that list; build-appimage.sh then makes it
# self-contained (bundle.py: libraries, QML modules, translations, fonts) and packs the AppImage.
cmake_minimum_required(VERSION 3.25)
foreach(var BUILD_DIR APPDIR QT_PLUGIN_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "make-appdir.cmake: -D ${var}=... is required")
  endif()
endforeach()
set(here ${CMAKE_CURRENT_LIST_DIR})
set(app_id fr.leo.kiosk)

file(REMOVE_RECURSE ${APPDIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --component kiosk --prefix ${APPDIR}/usr --strip
                OUTPUT_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "make-appdir.cmake: cmake --install failed (${rc}); build the tree first")
endif()
# System integration belongs to the .deb, not to an AppImage: configuration in /etc, systemd units, cage session.
file(REMOVE_RECURSE ${APPDIR}/usr/etc ${APPDIR}/usr/lib/systemd ${APPDIR}/usr/bin/leo-kiosk-cage)

file(COPY ${here}/AppRun DESTINATION ${APPDIR}
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(COPY ${APPDIR}/usr/share/applications/${app_id}.desktop DESTINATION ${APPDIR})
file(COPY ${APPDIR}/usr/share/icons/hicolor/scalable/apps/${app_id}.svg DESTINATION ${APPDIR})
file(COPY_FILE ${APPDIR}/usr/share/icons/hicolor/256x256/apps/${app_id}.png ${APPDIR}/.DirIcon)

# The Qt plugins, read from the list (first column; "#" starts a comment).
file(STRINGS ${here}/qt-plugins.txt lines ENCODING UTF-8)
set(plugins "")
foreach(line IN LISTS lines)
  string(REGEX REPLACE "#.*" "" line "${line}")
  string(STRIP "${line}" line)
  if(line STREQUAL "")
    continue()
  endif()
  string(REGEX MATCH "^[^ \t]+" plugin "${line}")
  string(REGEX REPLACE "^[^ \t]+[ \t]+([^ \t]+).*" "\\1" package "${line}")
  if(NOT EXISTS ${QT_PLUGIN_DIR}/${plugin})
    message(FATAL_ERROR "make-appdir.cmake: ${QT_PLUGIN_DIR}/${plugin} is missing (Debian package ${package}; "
                        "scripts/install-deps.sh installs it)")
  endif()
  get_filename_component(type ${plugin} DIRECTORY)
  file(COPY ${QT_PLUGIN_DIR}/${plugin} DESTINATION ${APPDIR}/usr/plugins/${type})
  list(APPEND plugins ${plugin})
endforeach()
list(JOIN plugins "\n" plugin_text)
file(WRITE ${APPDIR}/usr/share/leo-kiosk/qt-plugins.txt "${plugin_text}\n")
message(STATUS "AppDir ready: ${APPDIR}")

# Install rules and the Debian packages (cmake --build build --target package; docs/packaging.md).
# Three packages, one per CPack component:
#   fleetkeeper-agent     fleetkeeper-cli, fleetkeeperd with its systemd units, the demo recordings
#   fleetkeeper           the desktop app: .desktop, tray autostart, icons, AppStream metainfo
#   fleetkeeper-receiver  the reference remote-services server
# Runtime libraries come from dpkg-shlibdeps; what is loaded as a plugin (Qt's SQLite driver, the
# platform plugins) is named by hand because no linker sees it.
include(GNUInstallDirs)

set(FLEET_PROJECT_URL "https://fleetkeeper.example.org" CACHE STRING "Project home page named by the packages")
set(FLEET_APP_ID "org.example.fleetkeeper")
# /etc is outside the /usr prefix the packages install under, so it is absolute.
set(FLEET_AUTOSTART_DIR "/etc/xdg/autostart" CACHE PATH "Where the tray autostart entry is installed")
set(FLEET_SYSTEMD_SYSTEM_DIR "lib/systemd/system" CACHE STRING "systemd system units, relative to the prefix")
set(FLEET_SYSTEMD_USER_DIR "lib/systemd/user" CACHE STRING "systemd user units, relative to the prefix")

set(_inst ${CMAKE_SOURCE_DIR}/installer)
set(_gen ${CMAKE_BINARY_DIR}/installer)
file(MAKE_DIRECTORY ${_gen}/man ${_gen}/icons ${_gen}/doc)

# Debian wants man pages and changelogs compressed with gzip -n (no name or time stamp, so the
# package is reproducible). Done at configure time; editing a source re-runs the configure step.
function(fleet_gzip src dst)
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${src})
    execute_process(COMMAND gzip -9n -c ${src} OUTPUT_FILE ${dst} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${src} failed")
    endif()
endfunction()

foreach(page fleetkeeper-cli.1 fleetkeeper.1 fleetkeeper-receiver.1 fleetkeeperd.8)
    fleet_gzip(${_inst}/man/${page} ${_gen}/man/${page}.gz)
endforeach()
fleet_gzip(${_inst}/debian/changelog ${_gen}/doc/changelog.gz)

# --- executables -----------------------------------------------------------------------------
install(TARGETS fleetkeeper-cli fleetkeeperd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT agent)
install(TARGETS fleetkeeper RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
install(TARGETS fleetkeeper-receiver RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT receiver)
# Full RELRO for what we ship (lintian: hardening-no-bindnow); only the link step changes.
foreach(exe fleetkeeper-cli fleetkeeperd fleetkeeper fleetkeeper-receiver)
    target_link_options(${exe} PRIVATE -Wl,-z,relro -Wl,-z,now)
endforeach()
# Translations are compiled into the executables (:/i18n), so there are no .qm files to install.

# --- agent: man pages, systemd, demo recordings ------------------------------------------------
install(FILES ${_gen}/man/fleetkeeper-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT agent)
install(FILES ${_gen}/man/fleetkeeperd.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT agent)
install(FILES ${_inst}/systemd/fleetkeeperd.service DESTINATION ${FLEET_SYSTEMD_SYSTEM_DIR} COMPONENT agent)
install(FILES ${_inst}/systemd/fleetkeeperd-user.service DESTINATION ${FLEET_SYSTEMD_USER_DIR}
        RENAME fleetkeeperd.service COMPONENT agent)
install(FILES ${_inst}/systemd/fleetkeeper.sysusers DESTINATION lib/sysusers.d RENAME fleetkeeper.conf COMPONENT agent)
# The app finds them at <exe dir>/../share/fleetkeeper/recordings.
file(GLOB _recordings ${CMAKE_SOURCE_DIR}/tests/fixtures/snmprec/*.snmprec
     ${CMAKE_SOURCE_DIR}/tests/fixtures/snmprec/*.facts.json)
install(FILES ${_recordings} ${CMAKE_SOURCE_DIR}/tests/fixtures/snmprec/SIMULATOR.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fleetkeeper/recordings COMPONENT agent)

# --- desktop: entry, autostart, icons, metainfo --------------------------------------------------
install(FILES ${_gen}/man/fleetkeeper.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desktop)
install(FILES ${_inst}/desktop/${FLEET_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT desktop)
install(FILES ${_inst}/desktop/${FLEET_APP_ID}.tray.desktop DESTINATION ${FLEET_AUTOSTART_DIR} COMPONENT desktop)
install(FILES ${_inst}/desktop/${FLEET_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        COMPONENT desktop)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/fleetkeeper.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desktop)
# PNG sizes for menus and docks that do not draw SVG; rendered from the one SVG.
find_program(FLEET_RSVG_CONVERT rsvg-convert)
if(FLEET_RSVG_CONVERT)
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 ${CMAKE_SOURCE_DIR}/resources/icons/fleetkeeper.svg)
    foreach(size 16 22 24 32 48 64 128 256)
        execute_process(COMMAND ${FLEET_RSVG_CONVERT} -w ${size} -h ${size}
                                ${CMAKE_SOURCE_DIR}/resources/icons/fleetkeeper.svg -o ${_gen}/icons/fleetkeeper-${size}.png
                        RESULT_VARIABLE rc)
        if(rc EQUAL 0)
            install(FILES ${_gen}/icons/fleetkeeper-${size}.png
                    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                    RENAME fleetkeeper.png COMPONENT desktop)
        endif()
    endforeach()
else()
    message(STATUS "rsvg-convert not found: the package carries the SVG icon only (apt install librsvg2-bin)")
endif()

# --- receiver ------------------------------------------------------------------------------------
install(FILES ${_gen}/man/fleetkeeper-receiver.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT receiver)

# --- per package: copyright and changelog --------------------------------------------------------
foreach(pair agent:fleetkeeper-agent desktop:fleetkeeper receiver:fleetkeeper-receiver)
    string(REPLACE ":" ";" pair ${pair})
    list(GET pair 0 comp)
    list(GET pair 1 pkg)
    install(FILES ${_inst}/debian/copyright ${_gen}/doc/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${pkg} COMPONENT ${comp})
endforeach()

# --- CPack ----------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fleetkeeper)
set(CPACK_PACKAGE_VENDOR "The Fleetkeeper authors")
set(CPACK_PACKAGE_CONTACT "Fleetkeeper maintainers <maintainers@fleetkeeper.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${FLEET_PROJECT_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# strip leaves the compiler's .comment and .note sections (lintian: binary-has-unneeded-section).
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_SOURCE_DIR}/installer/debian/strip-sections.cmake)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL agent desktop receiver)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip) # xz saves 20 % and costs most of the packaging time
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME fleetkeeper-agent)
set(CPACK_DEBIAN_AGENT_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_AGENT_PACKAGE_SUGGESTS "snmpsim")
# QtKeychain opens the Secret Service through libsecret at run time (shlibdeps cannot see it).
set(CPACK_DEBIAN_AGENT_PACKAGE_RECOMMENDS "libsecret-1-0")
set(CPACK_COMPONENT_AGENT_DESCRIPTION
    "vendor-neutral print-fleet agent (command line and service)\n\
Fleetkeeper discovers network printers and MFPs over SNMP, polls their status,\n\
alerts, page counters and supplies, keeps the history in SQLite and can upload\n\
it daily to a remote-services server.\n\
.\n\
This package holds the command line tool fleetkeeper-cli, the headless daemon\n\
fleetkeeperd with systemd system and user units, and recordings of real\n\
printers for a simulated demo fleet.")
set(CPACK_DEBIAN_AGENT_PACKAGE_CONTROL_EXTRA ${_inst}/debian/agent/postinst)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME fleetkeeper)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION net)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_COMPONENT_DESKTOP_DEPENDS agent)
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION
    "vendor-neutral print-fleet agent (desktop app)\n\
Fleetkeeper discovers network printers and MFPs over SNMP, polls their status,\n\
alerts, page counters and supplies, keeps the history in SQLite and can upload\n\
it daily to a remote-services server.\n\
.\n\
This package holds the desktop app with its tray icon, started in the tray at\n\
login (the autostart entry can be switched off per user).")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_CONTROL_EXTRA ${_inst}/debian/desktop/conffiles)

set(CPACK_DEBIAN_RECEIVER_PACKAGE_NAME fleetkeeper-receiver)
set(CPACK_DEBIAN_RECEIVER_PACKAGE_SECTION net)
set(CPACK_COMPONENT_RECEIVER_DESCRIPTION
    "reference server for Fleetkeeper's remote services\n\
A small HTTPS server implementing the server side of the Fleetkeeper\n\
remote-services protocol: agent registration over mutual TLS, payload upload,\n\
command queue, remote settings and a request log. Meant for testing agents and\n\
as a reference for a real service.")

include(CPack)

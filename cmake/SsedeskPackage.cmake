# `cpack` in the build folder makes a Debian package of what `cmake --install` puts in place.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ssedesk)
set(CPACK_PACKAGE_VENDOR "SSE Unit Desk team")
# The id org.ssedesk.UnitDesk claims the domain ssedesk.org; the addresses below live there.
set(CPACK_PACKAGE_CONTACT "SSE Unit Desk maintainers <maintainers@ssedesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The build keeps its debugging information; the package does not need it.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://ssedesk.org)
# The libraries the binary links come from dpkg-shlibdeps. What Qt loads at run time by name is
# invisible to it and listed here: the SQLite driver (without it no unit opens), the SVG plugins
# (the window icon), the platform plugins and themes, and Qt's own French and Spanish
# translations of its standard dialogs and buttons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n")
# The PostgreSQL driver only a unit on a shared server needs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
include(CPack)

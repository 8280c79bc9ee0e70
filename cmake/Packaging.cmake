# `cpack -G DEB` in a build directory makes a Debian package; dpkg-shlibdeps works out the library
# dependencies from the binaries, so the package declares exactly what it links.
set(CPACK_PACKAGE_NAME sharddesk)
set(CPACK_PACKAGE_VENDOR "ShardDesk")
set(CPACK_PACKAGE_CONTACT "ShardDesk developers <dev@sharddesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Drivers and plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-mysql, libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# Wayland sessions get the native platform plugin, X11 ones the cursor theme (measured in a clean bookworm
# root by tests/install/check-deb-clean-root: without them the app still runs, through XWayland or with
# plain X cursors).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, qt6-wayland, libxcursor1")
# Debug information stays in the build tree: a RelWithDebInfo package was 119 MB installed.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 ShardDesk keeps the configuration of an application-level sharded MySQL or MariaDB cluster
 (shards chained into buckets, a fixed map of virtual shards), routes keys by CRC32, monitors
 capacity, provisions test clusters, runs load tests and moves vshards online.")
include(CPack)

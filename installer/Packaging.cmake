# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` lays out besides the programs, and how CPack packs it: a .deb and a .tar.gz here; the
# Windows (NSIS) and macOS (DragNDrop) configurations are kept small and are not built on this project's machines.

set(APM_APP_ID io.github.awsprofilemanager.AwsProfileManager)
set(APM_HOMEPAGE "https://github.com/aws-profile-manager/aws-profile-manager"
    CACHE STRING "The project's home page (AppStream, the package's Homepage)")
set(APM_MAINTAINER "AWS Profile Manager authors <aws-profile-manager@users.noreply.github.com>"
    CACHE STRING "The package's maintainer")

# The desktop entry, AppStream metadata and icons, under the application's reverse-DNS id.
configure_file(${PROJECT_SOURCE_DIR}/installer/${APM_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/${APM_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_SOURCE_DIR}/installer/${APM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_BINARY_DIR}/${APM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/aws-profile-manager.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${APM_APP_ID}.svg)
foreach(size 48 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app/${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${APM_APP_ID}.png)
endforeach()

# The manual page, compressed as Debian wants it (gzip -n: the same bytes at every build).
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/aws-profile-manager.1.gz
                   COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/installer/aws-profile-manager.1
                           > ${PROJECT_BINARY_DIR}/aws-profile-manager.1.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/installer/aws-profile-manager.1 VERBATIM)
add_custom_target(manpage ALL DEPENDS ${PROJECT_BINARY_DIR}/aws-profile-manager.1.gz)
install(FILES ${PROJECT_BINARY_DIR}/aws-profile-manager.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completion where bash-completion, zsh (Debian's vendor folder) and fish look for it.
install(FILES ${PROJECT_SOURCE_DIR}/installer/completion/aws-profile-manager.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME aws-profile-manager)
install(FILES ${PROJECT_SOURCE_DIR}/installer/completion/_aws-profile-manager
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/installer/completion/aws-profile-manager.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# Debian's copyright file and changelog.
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/changelog.gz
                   COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/installer/debian/changelog
                           > ${PROJECT_BINARY_DIR}/changelog.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/installer/debian/changelog VERBATIM)
add_custom_target(changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright ${PROJECT_BINARY_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME aws-profile-manager)
set(CPACK_PACKAGE_VENDOR "AWS Profile Manager authors")
set(CPACK_PACKAGE_CONTACT "${APM_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "edit AWS CLI profiles and see which settings win")
set(CPACK_PACKAGE_HOMEPAGE_URL "${APM_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/installer/debian/copyright)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

if(WIN32)
    # Not built here: an NSIS installer with a Start menu entry.
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "AWS Profile Manager")
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/app/256.png)
    set(CPACK_PACKAGE_EXECUTABLES "aws-profile-manager;AWS Profile Manager")
elseif(APPLE)
    # Not built here: a disk image with the application bundle (ui/CMakeLists.txt gives it its Info.plist).
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${APM_MAINTAINER}")
    # CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first, as the synopsis, and indents these lines.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "AWS Profile Manager reads and edits ~/.aws/config and ~/.aws/credentials
exactly as the AWS CLI v2 does, without damaging them, and shows for every
setting which source wins (options, environment, files, providers, instance
metadata) and why. It probes the instance metadata service, switches the
active profile of your shells, keeps access keys in the system keychain,
and keeps one profile per IAM Identity Center account and role up to date.
Its command line answers as aws configure does.")
    # The libraries' packages come from dpkg-shlibdeps; the window also needs Qt's X11/Wayland platform plugins,
    # which no library links to.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "awscli, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()
include(CPack)

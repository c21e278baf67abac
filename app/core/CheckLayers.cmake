# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DROOT=app/core -DSOURCES="ini/IniDocument.cpp;..." -P CheckLayers.cmake
# Fails when a core source includes a folder above its own on the ladder, or Qt Widgets / Qt Gui.
cmake_minimum_required(VERSION 3.16)
set(below_base "")
set(below_ini base)
set(below_config base ini)
set(below_imds base ini config)
set(below_secrets base ini config)
set(below_aws base ini config)
set(below_resolve base ini config imds secrets aws)
set(below_models base ini config imds secrets aws resolve)
set(problems "")
foreach(source IN LISTS SOURCES)
    file(STRINGS ${ROOT}/${source} gui_includes
         REGEX "#include *<Qt(Widgets|Gui)|#include *<Q(Widget|Application|MainWindow|Dialog|Painter|Icon)>")
    if(gui_includes)
        string(APPEND problems "\n  app/core/${source}: Qt Widgets or Qt Gui: ${gui_includes}")
    endif()
    string(REGEX MATCH "^[a-z]+" layer "${source}")
    file(STRINGS ${ROOT}/${source} project_includes REGEX "^#include \"[a-z]+/")
    foreach(line IN LISTS project_includes)
        string(REGEX MATCH "^#include \"([a-z]+)/" _ "${line}")
        set(included ${CMAKE_MATCH_1})
        if(NOT included STREQUAL layer AND NOT included IN_LIST below_${layer})
            string(APPEND problems "\n  app/core/${source} includes ${included}/, which is above ${layer}/")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "The core's ladder is base <- ini <- config <- {imds, secrets, aws} <- resolve <- models:"
                        "${problems}")
endif()

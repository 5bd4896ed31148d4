# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CityTwin Console developers
#
# Small helpers for the shapes this project repeats: a module library, a domain plugin, a test.

# citytwin_module(NAME <name> SOURCES ... [PUBLIC_LINK ...] [PRIVATE_LINK ...])
# Creates the shared library ct_<name> with alias CityTwin::<Name>; headers live in include/ct/<name>/.
function(citytwin_module)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;PUBLIC_LINK;PRIVATE_LINK" ${ARGN})
  set(target ct_${ARG_NAME})
  add_library(${target} SHARED ${ARG_SOURCES})
  string(SUBSTRING ${ARG_NAME} 0 1 first)
  string(TOUPPER ${first} first)
  string(SUBSTRING ${ARG_NAME} 1 -1 rest)
  add_library(CityTwin::${first}${rest} ALIAS ${target})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LINK} PRIVATE ${ARG_PRIVATE_LINK})
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  set_target_properties(${target} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
  install(TARGETS ${target} LIBRARY DESTINATION ${CITYTWIN_LIB_SUBDIR} NAMELINK_SKIP)
endfunction()

# citytwin_domain_plugin(NAME <id> SOURCES ... [QML ...] [LINK ...])
# A Qt plugin (MODULE) placed in lib/citytwin/plugins; its QML files are compiled into its own
# resources under qrc:/citytwin/plugins/<id>/.
function(citytwin_domain_plugin)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;QML;LINK" ${ARGN})
  set(target citytwin_plugin_${ARG_NAME})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE CityTwin::Pluginapi ${ARG_LINK})
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  set_target_properties(${target} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/${CITYTWIN_PLUGIN_SUBDIR}
    INSTALL_RPATH "$ORIGIN/.."
    PREFIX "")
  if(ARG_QML)
    qt_add_resources(${target} "${target}_qml" PREFIX "/citytwin/plugins/${ARG_NAME}" FILES ${ARG_QML})
  endif()
  install(TARGETS ${target} LIBRARY DESTINATION ${CITYTWIN_PLUGIN_SUBDIR})
endfunction()

# citytwin_test(NAME tst_x SOURCES ... LINK ... [LABELS ...] [GUI] [ENVIRONMENT ...])
# One QtTest executable registered with CTest. GUI tests run on the xcb platform (the test command
# wraps ctest in xvfb-run); the others on offscreen.
function(citytwin_test)
  cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LINK;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LINK})
  target_compile_definitions(${ARG_NAME} PRIVATE
    CITYTWIN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CITYTWIN_BINARY_DIR="${PROJECT_BINARY_DIR}"
    CITYTWIN_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  if(ARG_GUI)
    set(platform "QT_QPA_PLATFORM=xcb")
  else()
    set(platform "QT_QPA_PLATFORM=offscreen")
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES
    LABELS "${ARG_LABELS}"
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "${platform};CITYTWIN_SHARED_DATA=${PROJECT_SOURCE_DIR}/../shared/data/tsukuba;${ARG_ENVIRONMENT}")
endfunction()

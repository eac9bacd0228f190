# Install rules and the CMake / pkg-config packages (toml++'s cmake/install-rules.cmake and
# {fmt}'s export shape): budgetpdf::budgetpdf from find_package(budgetpdf CONFIG), or
# `pkg-config budgetpdf`, both from the install tree; budgetpdfConfig.cmake in the build tree
# too, so find_package works against a build without installing.
#
# The library is static and its link interface names the imported targets of
# cmake/dependencies.cmake as $<LINK_ONLY:...> (PkgConfig::POPPLER, PkgConfig::POPPLER_CPP,
# ICU::uc, ICU::i18n); budgetpdfConfig.cmake recreates them so consumers link poppler and ICU
# without seeing their include folders.
option(BUDGETPDF_INSTALL "Generate install rules and the CMake/pkg-config packages"
       ${PROJECT_IS_TOP_LEVEL})
if(NOT BUDGETPDF_INSTALL)
  return()
endif()

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(BUDGETPDF_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/budgetpdf"
    CACHE STRING "Where budgetpdfConfig.cmake is installed, relative to the prefix")
set(BUDGETPDF_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where budgetpdf.pc is installed, relative to the prefix")

install(TARGETS budgetpdf EXPORT budgetpdfTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT budgetpdf_development
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/budgetpdf
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT budgetpdf_development
  FILES_MATCHING PATTERN "*.hpp")
# The OCR module, where the library looks for it (LIBDIR/budgetpdf: lib/ocr/ocr_engine.hpp).
if(TARGET budgetpdf_ocr)
  install(TARGETS budgetpdf_ocr LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/budgetpdf
    COMPONENT budgetpdf_runtime)
endif()
if(TARGET budgetpdf_cli)
  install(TARGETS budgetpdf_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    COMPONENT budgetpdf_runtime)
endif()

# The poppler release the library was built against: it uses poppler's private core API,
# whose ABI (and soname) changes with every release, so a consumer must link that release
# (major.minor; budgetpdfConfig.cmake checks it).
set(BUDGETPDF_POPPLER_VERSION "${POPPLER_VERSION}")
string(REGEX MATCH "^[0-9]+\\.[0-9]+" BUDGETPDF_POPPLER_RELEASE "${POPPLER_VERSION}")
# ICU renames its symbols per major release (u_strlen_72): the same major is needed.
string(REGEX MATCH "^[0-9]+" BUDGETPDF_ICU_MAJOR "${ICU_VERSION}")

# CMake package: install tree.
install(EXPORT budgetpdfTargets NAMESPACE budgetpdf:: FILE budgetpdfTargets.cmake
  DESTINATION ${BUDGETPDF_INSTALL_CMAKEDIR} COMPONENT budgetpdf_development)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/budgetpdfConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/install/budgetpdfConfig.cmake
  INSTALL_DESTINATION ${BUDGETPDF_INSTALL_CMAKEDIR})
# 0.x: a minor release may break the API, so only the same major.minor is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/budgetpdfConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/install/budgetpdfConfig.cmake
              ${PROJECT_BINARY_DIR}/budgetpdfConfigVersion.cmake
  DESTINATION ${BUDGETPDF_INSTALL_CMAKEDIR} COMPONENT budgetpdf_development)

# CMake package: build tree (find_package(budgetpdf) with budgetpdf_DIR=<build dir>).
export(EXPORT budgetpdfTargets NAMESPACE budgetpdf::
  FILE ${PROJECT_BINARY_DIR}/budgetpdfTargets.cmake)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/budgetpdfConfig.cmake.in
  ${PROJECT_BINARY_DIR}/budgetpdfConfig.cmake
  INSTALL_DESTINATION ${PROJECT_BINARY_DIR} INSTALL_PREFIX ${PROJECT_BINARY_DIR})

# pkg-config: prefix found from the .pc file's own place, so `cmake --install --prefix X`
# and relocated trees work. poppler and ICU go to Libs.private as link flags, not to
# Requires.private: pkg-config (pkgconf too) adds the Cflags of Requires.private modules to
# `--cflags`, which would hand poppler's include folder to every consumer. A static link
# takes `pkg-config --static --libs budgetpdf`.
pkg_check_modules(BUDGETPDF_PC_ICU QUIET icu-uc icu-i18n)
if(BUDGETPDF_PC_ICU_FOUND)
  set(_budgetpdf_icu_flags ${BUDGETPDF_PC_ICU_STATIC_LDFLAGS})
else()
  set(_budgetpdf_icu_flags -licui18n -licuuc -licudata)
endif()
pkg_check_modules(BUDGETPDF_PC_SQLITE QUIET sqlite3)
if(BUDGETPDF_PC_SQLITE_FOUND)
  set(_budgetpdf_sqlite_flags ${BUDGETPDF_PC_SQLITE_STATIC_LDFLAGS})
else()
  set(_budgetpdf_sqlite_flags -lsqlite3)
endif()
# OCR is a module loaded at run time (dlopen, in libc since glibc 2.34; -ldl before).
set(_budgetpdf_ocr_flags)
if(CMAKE_DL_LIBS)
  set(_budgetpdf_ocr_flags -l${CMAKE_DL_LIBS})
endif()
set(BUDGETPDF_PC_LIBS_PRIVATE)
foreach(_budgetpdf_flag IN LISTS _budgetpdf_ocr_flags POPPLER_CPP_STATIC_LDFLAGS POPPLER_STATIC_LDFLAGS
                                 _budgetpdf_icu_flags _budgetpdf_sqlite_flags)
  string(REGEX REPLACE "^-L" "" _budgetpdf_dir "${_budgetpdf_flag}")
  if(NOT _budgetpdf_dir STREQUAL _budgetpdf_flag
     AND _budgetpdf_dir IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
    continue()  # -L of a directory the linker searches anyway
  endif()
  list(APPEND BUDGETPDF_PC_LIBS_PRIVATE "${_budgetpdf_flag}")
endforeach()
# Each library once, at its last place: a static link needs a library after its users.
list(REVERSE BUDGETPDF_PC_LIBS_PRIVATE)
list(REMOVE_DUPLICATES BUDGETPDF_PC_LIBS_PRIVATE)
list(REVERSE BUDGETPDF_PC_LIBS_PRIVATE)
list(JOIN BUDGETPDF_PC_LIBS_PRIVATE " " BUDGETPDF_PC_LIBS_PRIVATE)
file(RELATIVE_PATH BUDGETPDF_PC_TO_PREFIX
  "/prefix/${BUDGETPDF_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" BUDGETPDF_PC_TO_PREFIX "${BUDGETPDF_PC_TO_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/budgetpdf.pc.in ${PROJECT_BINARY_DIR}/budgetpdf.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/budgetpdf.pc
  DESTINATION ${BUDGETPDF_INSTALL_PKGCONFIGDIR} COMPONENT budgetpdf_development)

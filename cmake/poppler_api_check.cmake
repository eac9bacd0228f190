# Which poppler builds budgetpdf. lib/pdf/ uses poppler's private core API
# (libpoppler-private-dev), which changes between releases without notice, so a version
# number alone says little. What is checked:
#   - poppler and poppler-cpp are the same release: the renderer (poppler-cpp) and the reader
#     (core) share one libpoppler in the process;
#   - the release is at least 22.12 (cmake/dependencies.cmake), the oldest this was tested
#     with: Debian 12 ships 22.12.0 (and its stable updates keep that version);
#   - cmake/poppler_api_check.cpp, which uses every core class, member and signature that
#     lib/pdf/ uses, compiles and links against it.
# A newer release that passes builds; one that fails stops here with the compiler's first
# errors instead of deep inside lib/pdf/. The result is cached per poppler version and per
# content of poppler_api_check.cpp (an edit of it reconfigures and checks again). The
# installed package then asks for the very release it was built with
# (cmake/budgetpdfConfig.cmake.in): poppler changes its ABI, and its soname, with every
# release.
if(NOT POPPLER_VERSION VERSION_EQUAL POPPLER_CPP_VERSION)
  message(FATAL_ERROR "poppler ${POPPLER_VERSION} and poppler-cpp ${POPPLER_CPP_VERSION} differ: "
                      "budgetpdf needs both from the same poppler release")
endif()

set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${CMAKE_CURRENT_LIST_DIR}/poppler_api_check.cpp)
file(SHA1 ${CMAKE_CURRENT_LIST_DIR}/poppler_api_check.cpp _budgetpdf_poppler_check_hash)
string(SUBSTRING "${_budgetpdf_poppler_check_hash}" 0 12 _budgetpdf_poppler_check_hash)
string(MAKE_C_IDENTIFIER
       "BUDGETPDF_POPPLER_API_${POPPLER_VERSION}_${_budgetpdf_poppler_check_hash}"
       _budgetpdf_poppler_ok)
if(NOT DEFINED CACHE{${_budgetpdf_poppler_ok}})
  message(CHECK_START "Checking the poppler ${POPPLER_VERSION} core API used by lib/pdf")
  try_compile(_budgetpdf_poppler_compiles
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/poppler_api_check.cpp
    LINK_LIBRARIES PkgConfig::POPPLER
    CXX_STANDARD 20 CXX_STANDARD_REQUIRED ON
    OUTPUT_VARIABLE _budgetpdf_poppler_log)
  if(NOT _budgetpdf_poppler_compiles)
    message(CHECK_FAIL "not usable")
    string(REGEX MATCHALL "[^\n]*error:[^\n]*" _budgetpdf_poppler_errors
           "${_budgetpdf_poppler_log}")
    list(SUBLIST _budgetpdf_poppler_errors 0 8 _budgetpdf_poppler_errors)
    list(JOIN _budgetpdf_poppler_errors "\n" _budgetpdf_poppler_errors)
    message(FATAL_ERROR
      "poppler ${POPPLER_VERSION}: its core API differs from the one lib/pdf/ is written for "
      "(cmake/poppler_api_check.cpp does not build). First errors:\n${_budgetpdf_poppler_errors}")
  endif()
  message(CHECK_PASS "usable")
  set(${_budgetpdf_poppler_ok} TRUE CACHE INTERNAL "poppler core API check passed")
endif()

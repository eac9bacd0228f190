# Every dependency is a Debian 12 package (scripts/bootstrap.sh installs them).
find_package(PkgConfig REQUIRED)
# poppler-cpp for rendering; poppler's core (libpoppler-private-dev) for words and ruling
# lines in one pass over the page content. Its API is private: which releases build is
# decided by cmake/poppler_api_check.cmake (Debian 12: 22.12).
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler>=22.12)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp>=22.12)
include(${CMAKE_CURRENT_LIST_DIR}/poppler_api_check.cmake)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(Boost 1.81 REQUIRED CONFIG)  # Spirit X3 is header-only
find_package(nlohmann_json 3 REQUIRED)
# The export database (budgetpdf::database): Debian's libsqlite3-dev, through CMake's FindSQLite3.
find_package(SQLite3 3.31 REQUIRED)
# OCR of image-only pages (lib/ocr, docs/ocr.md): Tesseract and Leptonica through pkg-config
# (Debian: libtesseract-dev, libleptonica-dev; language data tesseract-ocr-chi-sim at run
# time). On by default where found; without it `--ocr always` is error_code::ocr_unavailable.
pkg_check_modules(TESSERACT QUIET IMPORTED_TARGET tesseract>=4.1 lept)
option(BUDGETPDF_OCR "Read image-only pages with Tesseract (needs libtesseract-dev)" ${TESSERACT_FOUND})
if(BUDGETPDF_OCR AND NOT TESSERACT_FOUND)
  message(FATAL_ERROR "BUDGETPDF_OCR needs pkg-config modules tesseract and lept "
                      "(Debian: libtesseract-dev libleptonica-dev), or -DBUDGETPDF_OCR=OFF")
endif()
message(STATUS "budgetpdf: OCR ${BUDGETPDF_OCR}")
# The CLI allocates through tcmalloc's minimal build where found (Debian: libgoogle-perftools-dev
# to build, libtcmalloc-minimal4 at run time): a parse makes millions of small allocations
# (poppler's objects and words, ours), and glibc's malloc took about a sixth of the CPU of
# `budgetpdf parse`; tcmalloc cuts the whole parse's CPU by about 8% (docs/performance.md).
# Only the CLI: the library and the Python module leave the allocator to their host. Not
# with the sanitizers, which bring their own allocator.
pkg_check_modules(TCMALLOC QUIET IMPORTED_TARGET libtcmalloc_minimal)
option(BUDGETPDF_TCMALLOC "Link the budgetpdf CLI with tcmalloc_minimal (faster allocation)"
       ${TCMALLOC_FOUND})
if(BUDGETPDF_TCMALLOC AND NOT TCMALLOC_FOUND)
  message(FATAL_ERROR "BUDGETPDF_TCMALLOC needs pkg-config module libtcmalloc_minimal "
                      "(Debian: libgoogle-perftools-dev), or -DBUDGETPDF_TCMALLOC=OFF")
endif()
if(BUDGETPDF_SANITIZE)
  set(BUDGETPDF_TCMALLOC OFF)
endif()
message(STATUS "budgetpdf: tcmalloc for the CLI ${BUDGETPDF_TCMALLOC}")

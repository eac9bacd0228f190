# The Python module (python/): on when Debian's /usr/bin/python3, its headers and pybind11
# (python3-dev, python3-pybind11) are found. Python is looked up at /usr/bin/python3
# explicitly so that a pyenv or venv python first on PATH is never the one built against.
# Off by default as a subproject (add_subdirectory), like the CLI and tests, and under the
# sanitizers: an instrumented extension cannot load into an uninstrumented
# python without preloading the ASan runtime.
set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python the module is built for")
set(_budgetpdf_python_default OFF)
if(PROJECT_IS_TOP_LEVEL AND NOT BUDGETPDF_SANITIZE AND EXISTS "${Python3_EXECUTABLE}")
  find_package(Python3 QUIET COMPONENTS Interpreter Development.Module)
  if(Python3_FOUND)
    find_package(pybind11 CONFIG QUIET)
    if(pybind11_FOUND)
      set(_budgetpdf_python_default ON)
    endif()
  endif()
endif()
option(BUDGETPDF_PYTHON "Build the Python module (python3-dev, python3-pybind11)"
       ${_budgetpdf_python_default})
if(BUDGETPDF_PYTHON)
  find_package(Python3 REQUIRED COMPONENTS Interpreter Development.Module)
  find_package(pybind11 CONFIG REQUIRED)
  # Debian's layout: /usr -> lib/python3/dist-packages, any other prefix (/usr/local) ->
  # lib/python3.X/dist-packages; both are on the sys.path of Debian's python3.
  if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(_budgetpdf_pydir "lib/python3/dist-packages")
  else()
    set(_budgetpdf_pydir
        "lib/python${Python3_VERSION_MAJOR}.${Python3_VERSION_MINOR}/dist-packages")
  endif()
  set(BUDGETPDF_PYTHON_INSTALL_DIR "${_budgetpdf_pydir}"
      CACHE STRING "Where the budgetpdf package is installed, relative to the prefix")
endif()

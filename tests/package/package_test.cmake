# One step of the package test (tests/package/CMakeLists.txt), run as `cmake -P`:
#   STEP=install         cmake --install BUILD_DIR into a fresh PREFIX
#   STEP=find_package    configure, build and run tests/package/find_package against PREFIX;
#                        poppler's and ICU's include folders must not reach the consumer
#   STEP=pkg_config      compile consumer/main.cpp with `pkg-config --cflags budgetpdf`, link
#                        with `pkg-config --static --libs budgetpdf` (PKG_CONFIG_PATH =
#                        PREFIX's pkgconfig dir only) and run it; the flags and the headers
#                        the compile reads must hold nothing of poppler, ICU or Boost
#   STEP=build_tree      as find_package, against BUILD_DIR's budgetpdfConfig.cmake (export())
#   STEP=examples        configure examples/ (its own project) against PREFIX, build it and
#                        run its ctest
#   STEP=add_subdirectory  configure tests/package/add_subdirectory (budgetpdf as a
#                        subproject) without a build type and compile its consumer
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

# The consumer prints every table title and a render summary.
function(check_consumer exe)
  run(${exe} ${SAMPLE} ${WORK_DIR}/${STEP}.png)
  message(STATUS "${run_output}")
  foreach(expected "表1 部门收支总体情况表" "表10 财政拨款“三公”经费支出情况表"
                   "rendered [0-9]+x[0-9]+, [1-9][0-9]* tables")
    if(NOT run_output MATCHES "${expected}")
      message(FATAL_ERROR "consumer output lacks '${expected}'")
    endif()
  endforeach()
  if(NOT EXISTS ${WORK_DIR}/${STEP}.png)
    message(FATAL_ERROR "consumer wrote no PNG")
  endif()
endfunction()

# Configures SOURCE into BUILD with the compiler (and launcher) of the main build, then
# builds it (only TARGET when set). Extra arguments go to the configure step.
function(configure_and_build source build)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "TARGET" "")
  file(REMOVE_RECURSE ${build})
  set(args -S ${source} -B ${build} -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
      -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON ${arg_UNPARSED_ARGUMENTS})
  if(CXX_LAUNCHER)
    list(APPEND args -DCMAKE_CXX_COMPILER_LAUNCHER=${CXX_LAUNCHER})
  endif()
  run(${CMAKE_COMMAND} ${args})
  if(arg_TARGET)
    run(${CMAKE_COMMAND} --build ${build} --target ${arg_TARGET})
  else()
    run(${CMAKE_COMMAND} --build ${build})
  endif()
endfunction()

# Fails when FLAGS (a list) name an include folder of poppler, ICU or Boost.
function(check_no_dependency_includes what flags)
  foreach(module IN ITEMS poppler poppler-cpp icu-uc icu-i18n)
    execute_process(COMMAND ${PKG_CONFIG} --cflags-only-I ${module}
                    OUTPUT_VARIABLE dirs OUTPUT_STRIP_TRAILING_WHITESPACE)
    separate_arguments(dirs UNIX_COMMAND "${dirs}")
    foreach(dir IN LISTS dirs)
      string(REGEX REPLACE "^-I" "" dir "${dir}")
      list(APPEND forbidden ${dir})
    endforeach()
  endforeach()
  foreach(flag IN LISTS flags)
    string(REGEX REPLACE "^(-I|-isystem)" "" dir "${flag}")
    if(dir IN_LIST forbidden OR dir MATCHES "poppler|unicode|icu|boost")
      message(FATAL_ERROR "${what} has the dependency include folder '${flag}' "
                          "(poppler/ICU folders: ${forbidden})")
    endif()
  endforeach()
endfunction()

if(STEP STREQUAL "install")
  file(REMOVE_RECURSE ${PREFIX})
  set(config_args)
  if(CONFIG)
    set(config_args --config ${CONFIG})
  endif()
  run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} ${config_args})
  file(GLOB_RECURSE installed RELATIVE ${PREFIX} ${PREFIX}/*)
  foreach(f IN ITEMS include/budgetpdf/budgetpdf.hpp include/budgetpdf/render.hpp)
    if(NOT EXISTS ${PREFIX}/${f})
      message(FATAL_ERROR "not installed: ${f}\ninstalled: ${installed}")
    endif()
  endforeach()
  message(STATUS "installed into ${PREFIX}: ${installed}")

elseif(STEP STREQUAL "find_package" OR STEP STREQUAL "build_tree")
  set(build ${WORK_DIR}/${STEP}-build)
  if(STEP STREQUAL "find_package")
    set(where -DCMAKE_PREFIX_PATH=${PREFIX})
    set(expected_dir "${PREFIX}/")
  else()
    set(where -Dbudgetpdf_DIR=${BUILD_DIR})
    set(expected_dir "${BUILD_DIR}")
  endif()
  configure_and_build(${SOURCE_DIR}/find_package ${build} ${where} -DCMAKE_BUILD_TYPE=Release)
  # The package found must be the one meant (not a build tree or another install).
  file(STRINGS ${build}/CMakeCache.txt found_dir REGEX "^budgetpdf_DIR:")
  string(FIND "${found_dir}" "=${expected_dir}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "found the wrong package: ${found_dir} (expected under ${expected_dir})")
  endif()
  # Every include folder of the consumer, transitively: budgetpdf's own only.
  file(READ ${build}/consumer_includes.txt includes)
  list(REMOVE_DUPLICATES includes)
  message(STATUS "consumer include folders: ${includes}")
  check_no_dependency_includes("the consumer (INCLUDE_DIRECTORIES)" "${includes}")
  if(STEP STREQUAL "find_package" AND NOT includes STREQUAL "${PREFIX}/include")
    message(FATAL_ERROR "consumer include folders '${includes}', expected '${PREFIX}/include' only")
  endif()
  check_consumer(${build}/consumer)

elseif(STEP STREQUAL "pkg_config")
  file(GLOB pc_files ${PREFIX}/*/pkgconfig/budgetpdf.pc ${PREFIX}/*/*/pkgconfig/budgetpdf.pc)
  list(LENGTH pc_files n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one installed budgetpdf.pc, found: ${pc_files}")
  endif()
  get_filename_component(pc_dir ${pc_files} DIRECTORY)
  # Only the installed package, plus the system's modules for poppler and ICU.
  set(ENV{PKG_CONFIG_PATH} ${pc_dir})
  function(pkg_config out)
    run(${PKG_CONFIG} ${ARGN} budgetpdf)
    string(STRIP "${run_output}" flags)
    separate_arguments(flags UNIX_COMMAND "${flags}")
    message(STATUS "pkg-config ${ARGN} budgetpdf: ${flags}")
    set(${out} "${flags}" PARENT_SCOPE)
  endfunction()
  pkg_config(cflags --cflags)
  pkg_config(libs --libs)
  pkg_config(static_libs --static --libs)
  check_no_dependency_includes("pkg-config --cflags budgetpdf" "${cflags}")
  # A static library: poppler and ICU are linked through Libs.private only.
  if(libs MATCHES "poppler|icu")
    message(FATAL_ERROR "pkg-config --libs budgetpdf names poppler or ICU: ${libs}")
  endif()
  foreach(lib IN ITEMS -lbudgetpdf -lpoppler-cpp -lpoppler -licuuc -licui18n -lsqlite3)
    if(NOT lib IN_LIST static_libs)
      message(FATAL_ERROR "pkg-config --static --libs budgetpdf lacks ${lib}: ${static_libs}")
    endif()
  endforeach()
  # The headers the consumer's compile reads: none of poppler, ICU or Boost.
  run(${CXX_COMPILER} -std=c++20 -M ${SOURCE_DIR}/consumer/main.cpp ${cflags})
  string(REGEX REPLACE "^[^:]*:|\\\\\n" " " headers "${run_output}")  # "main.o:", "\<newline>"
  separate_arguments(headers UNIX_COMMAND "${headers}")
  list(LENGTH headers n)
  foreach(header IN LISTS headers)
    if(header MATCHES "/(poppler|unicode|boost|nlohmann)/")
      message(FATAL_ERROR "consumer/main.cpp reads ${header} through budgetpdf's headers")
    endif()
  endforeach()
  if(n LESS 10 OR NOT headers MATCHES "include/budgetpdf/budgetpdf\\.hpp")
    message(FATAL_ERROR "could not read the consumer's header list: ${run_output}")
  endif()
  message(STATUS "the consumer reads ${n} headers, none of poppler, ICU or Boost")
  set(exe ${WORK_DIR}/pkg_config_consumer)
  file(REMOVE ${exe})
  run(${CXX_LAUNCHER} ${CXX_COMPILER} -std=c++20 -O1 ${SOURCE_DIR}/consumer/main.cpp -o ${exe}
      ${cflags} ${static_libs})
  check_consumer(${exe})

elseif(STEP STREQUAL "examples")
  set(build ${WORK_DIR}/examples-build)
  configure_and_build(${EXAMPLES_DIR} ${build} -DCMAKE_PREFIX_PATH=${PREFIX}
                      -DCMAKE_BUILD_TYPE=Release)
  file(STRINGS ${build}/CMakeCache.txt found_dir REGEX "^budgetpdf_DIR:")
  if(NOT found_dir MATCHES "=${PREFIX}/")
    message(FATAL_ERROR "examples found the wrong package: ${found_dir}")
  endif()
  run(${CTEST} --test-dir ${build} --output-on-failure)
  message(STATUS "${run_output}")
  if(NOT run_output MATCHES "100% tests passed, 0 tests failed out of [1-9]")
    message(FATAL_ERROR "the examples' tests did not all run and pass")
  endif()

elseif(STEP STREQUAL "add_subdirectory")
  set(build ${WORK_DIR}/add_subdirectory-build)
  # No CMAKE_BUILD_TYPE: budgetpdf must not choose one for its parent.
  configure_and_build(${SOURCE_DIR}/add_subdirectory ${build} TARGET consumer
                      -DBUDGETPDF_SOURCE_DIR=${BUDGETPDF_SOURCE_DIR})
  file(STRINGS ${build}/CMakeCache.txt build_type REGEX "^CMAKE_BUILD_TYPE:")
  if(NOT build_type MATCHES "=$")
    message(FATAL_ERROR "the parent project's build type was set: ${build_type}")
  endif()
  # The consumer's object only (tests/package/add_subdirectory/CMakeLists.txt says why).
  file(GLOB_RECURSE objects ${build}/CMakeFiles/consumer.dir/*.o)
  file(GLOB_RECURSE library_objects ${build}/budgetpdf/*.o)
  if(NOT objects OR library_objects)
    message(FATAL_ERROR "expected the consumer's object alone, got: ${objects} ${library_objects}")
  endif()
  message(STATUS "compiled ${objects} with budgetpdf as a subproject")

else()
  message(FATAL_ERROR "unknown STEP '${STEP}'")
endif()

# One step of the package test (tests/package/CMakeLists.txt), run as `cmake -P`:
#   STEP=install       cmake --install BUILD_DIR into a fresh PREFIX
#   STEP=find_package  configure, build and run tests/package/find_package against PREFIX
#   STEP=pkg_config    compile consumer/main.cpp with `pkg-config --cflags --libs budgetpdf`
#                      (PKG_CONFIG_PATH = PREFIX's pkgconfig dir only) and run it
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

elseif(STEP STREQUAL "find_package")
  set(build ${WORK_DIR}/find_package-build)
  file(REMOVE_RECURSE ${build})
  set(args -S ${SOURCE_DIR}/find_package -B ${build} -G ${GENERATOR}
      -DCMAKE_PREFIX_PATH=${PREFIX} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON)
  if(CXX_LAUNCHER)
    list(APPEND args -DCMAKE_CXX_COMPILER_LAUNCHER=${CXX_LAUNCHER})
  endif()
  run(${CMAKE_COMMAND} ${args})
  run(${CMAKE_COMMAND} --build ${build})
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
  run(${PKG_CONFIG} --cflags --libs budgetpdf)
  string(STRIP "${run_output}" flags)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  message(STATUS "pkg-config budgetpdf: ${flags}")
  set(exe ${WORK_DIR}/pkg_config_consumer)
  file(REMOVE ${exe})
  run(${CXX_LAUNCHER} ${CXX_COMPILER} -std=c++20 -O1 ${SOURCE_DIR}/consumer/main.cpp -o ${exe}
      ${flags})
  check_consumer(${exe})

else()
  message(FATAL_ERROR "unknown STEP '${STEP}'")
endif()

# Runs PROGRAM (with ARGS, a ;-list, if given) and fails unless it exits with EXPECT_STATUS
# and its standard error matches EXPECT_STDERR. A crash or abort is a failure.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE status OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT status STREQUAL "${EXPECT_STATUS}")
  message(FATAL_ERROR "${PROGRAM}: exit status '${status}', expected ${EXPECT_STATUS}\n"
                      "stdout: ${out}\nstderr: ${err}")
endif()
if(NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "${PROGRAM}: stderr does not match '${EXPECT_STDERR}':\n${err}")
endif()
message(STATUS "${PROGRAM}: exit ${status}, stderr: ${err}")

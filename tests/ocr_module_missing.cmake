# ctest ocr_module_missing: the CLI with BUDGETPDF_OCR_MODULE naming no file, on a document
# whose pages all need OCR (--ocr always), is the typed error ocr_unavailable (exit 19), and
# its message says where it looked and what to install.
# cmake -DCLI=... -DSCAN=... -P ocr_module_missing.cmake
set(ENV{BUDGETPDF_OCR_MODULE} "/nonexistent/budgetpdf_ocr.so")
execute_process(COMMAND ${CLI} parse --ocr always ${SCAN} -o /dev/null
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "exit ${rc}: ${err}")
if(NOT rc EQUAL 19)
  message(FATAL_ERROR "expected exit 19 (ocr_unavailable), got ${rc}")
endif()
foreach(expected IN ITEMS "budgetpdf_ocr.so" "/nonexistent/budgetpdf_ocr.so" "libtesseract")
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the message does not name ${expected}")
  endif()
endforeach()

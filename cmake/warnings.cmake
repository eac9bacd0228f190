# Warnings and sanitizers for the project's own targets: budgetpdf_set_warnings(target).
function(budgetpdf_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(BUDGETPDF_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(BUDGETPDF_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

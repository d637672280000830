# Warning flags for every pgmorph target, through an interface library.
add_library(pgmorph_warnings INTERFACE)
target_compile_options(pgmorph_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
if(PGMORPH_WARNINGS_AS_ERRORS)
  target_compile_options(pgmorph_warnings INTERFACE -Werror)
endif()

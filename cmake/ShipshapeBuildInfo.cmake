# The commit a build comes from, for `--version` and the package: `git describe` when the configure step
# runs inside a git checkout, "unknown" otherwise (a source tarball). Written into BuildInfo.h, which only the
# two programs' main.cpp include, so a new commit recompiles two files, not every file a definition reaches.
find_package(Git QUIET)
set(SHIPSHAPE_GIT_DESCRIBE "unknown")
set(SHIPSHAPE_GIT_DATE "")
if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=12
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE _describe OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE _describe_result ERROR_QUIET)
    if(_describe_result EQUAL 0 AND _describe)
        set(SHIPSHAPE_GIT_DESCRIBE "${_describe}")
    endif()
    # The commit's date makes the man pages and the package changelog the same on every rebuild.
    execute_process(COMMAND "${GIT_EXECUTABLE}" log -1 --format=%ct
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE _epoch OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE _epoch_result ERROR_QUIET)
    if(_epoch_result EQUAL 0 AND _epoch MATCHES "^[0-9]+$")
        set(SHIPSHAPE_GIT_DATE "${_epoch}")
    endif()
endif()
# SOURCE_DATE_EPOCH (reproducible builds) wins; then the commit's date; then now.
if(DEFINED ENV{SOURCE_DATE_EPOCH})
    set(SHIPSHAPE_SOURCE_EPOCH "$ENV{SOURCE_DATE_EPOCH}")
elseif(SHIPSHAPE_GIT_DATE)
    set(SHIPSHAPE_SOURCE_EPOCH "${SHIPSHAPE_GIT_DATE}")
else()
    string(TIMESTAMP SHIPSHAPE_SOURCE_EPOCH "%s" UTC)
endif()
# string(TIMESTAMP) formats SOURCE_DATE_EPOCH when it is set.
set(_had_epoch FALSE)
if(DEFINED ENV{SOURCE_DATE_EPOCH})
    set(_had_epoch TRUE)
endif()
set(ENV{SOURCE_DATE_EPOCH} "${SHIPSHAPE_SOURCE_EPOCH}")
string(TIMESTAMP SHIPSHAPE_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP SHIPSHAPE_RELEASE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
if(NOT _had_epoch)
    unset(ENV{SOURCE_DATE_EPOCH})
endif()

configure_file("${CMAKE_CURRENT_LIST_DIR}/BuildInfo.h.in" "${PROJECT_BINARY_DIR}/generated/BuildInfo.h" @ONLY)
message(STATUS "Shipshape ${PROJECT_VERSION}, git ${SHIPSHAPE_GIT_DESCRIBE}, dated ${SHIPSHAPE_RELEASE_DATE}")

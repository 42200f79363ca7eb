# Fails when core/ waits for an event in place: a nested event loop (QEventLoop, processEvents) or a
# wait that runs one (QFuture::waitForFinished, QIODevice/QAbstractSocket::waitFor…). On a worker thread
# these let the next queued job of a session run inside the current one (docs/architecture.md,
# "Threads"). Provider answers come back through the thread's own event loop instead.
# Run as: cmake -DSOURCE_DIR=<repository> -P CheckNoEventLoopsInCore.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

# Files allowed to wait, relative to core/ (none: the CLI's top-level loop lives in app/cli).
set(allowed "")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}/core" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h")
set(found "")
foreach(source IN LISTS sources)
    if(source IN_LIST allowed)
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/core/${source}" lines
        REGEX "QEventLoop|processEvents|waitForFinished|waitForReadyRead|waitForBytesWritten|waitForConnected")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        list(APPEND found "core/${source}: ${line}")
    endforeach()
endforeach()

if(found)
    list(JOIN found "\n  " report)
    message(FATAL_ERROR "core/ must not wait in place (a nested event loop):\n  ${report}")
endif()
list(LENGTH sources count)
message(STATUS "No nested event loop in ${count} files of core/")

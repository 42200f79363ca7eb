# Common compile settings, linked by every Shipshape target (one place, not per-directory flags).
add_library(shipshape_common INTERFACE)
add_library(Shipshape::common ALIAS shipshape_common)
target_compile_features(shipshape_common INTERFACE cxx_std_23)
target_compile_definitions(shipshape_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(shipshape_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wconversion -Wsign-conversion)
if(SHIPSHAPE_WARNINGS_AS_ERRORS)
    target_compile_options(shipshape_common INTERFACE -Werror)
endif()
if(SHIPSHAPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
        message(FATAL_ERROR "SHIPSHAPE_FUZZ needs Clang 16 or newer with libFuzzer (the fuzz preset: clang++-16)")
    endif()
    # Everything is instrumented for coverage and checked by ASan/UBSan; the fuzz targets link libFuzzer.
    target_compile_options(shipshape_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                      -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(shipshape_common INTERFACE -fsanitize=address,undefined)
    # libstdc++ 12 offers std::expected only when __cpp_concepts is 202002L. Clang 16 implements what
    # that stands for (P0848, conditionally trivial special members) but still announces 201907L.
    if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 19)
        target_compile_options(shipshape_common INTERFACE -Wno-macro-redefined -D__cpp_concepts=202002L)
    endif()
endif()
if(SHIPSHAPE_SANITIZE)
    target_compile_options(shipshape_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
    target_link_options(shipshape_common INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers: the Qt and standard headers nearly every file includes are parsed once per target
# instead of once per file (about 2 s of each file's compile). They pay where no compiler cache does: a
# clean build such as CI's, which compiles everything three times. With ccache installed they stay off by
# default, because ccache cannot reuse a compile that read a precompiled header.
if(SHIPSHAPE_CCACHE OR SHIPSHAPE_FUZZ)
    set(shipshape_pch_default OFF)
else()
    set(shipshape_pch_default ON)
endif()
option(SHIPSHAPE_PRECOMPILED_HEADERS "Precompile the common Qt and standard headers of the larger targets"
       ${shipshape_pch_default})
set(SHIPSHAPE_PCH_CORE
    <algorithm> <chrono> <expected> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QLocale> <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError>
    <QSqlQuery> <QSqlRecord> <QString> <QStringList> <QTimer> <QUrl> <QVariant>)
set(SHIPSHAPE_PCH_WIDGETS
    <QAbstractTableModel> <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QSpinBox> <QTableView> <QVBoxLayout>
    <QWidget>)
set(SHIPSHAPE_PCH_TESTS <gtest/gtest.h> <QSignalSpy> <QTemporaryDir> <QTest>)
# Files a target needs before it pays for its own precompiled header (building one costs about 10 s).
set(SHIPSHAPE_PCH_MIN_FILES 6)

# shipshape_precompile_headers(TARGET [WIDGETS] [TESTS]): the core set, plus the widget or test headers.
function(shipshape_precompile_headers target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "WIDGETS;TESTS" "" "")
    if(NOT SHIPSHAPE_PRECOMPILED_HEADERS)
        return()
    endif()
    set(headers ${SHIPSHAPE_PCH_CORE})
    if(ARG_WIDGETS)
        list(APPEND headers ${SHIPSHAPE_PCH_WIDGETS})
    endif()
    if(ARG_TESTS)
        list(APPEND headers ${SHIPSHAPE_PCH_TESTS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# shipshape_register_core_test(TARGET): TARGET runs a test labelled core. The core_tests target builds all
# of them (and nothing else), which is all the asan stage of scripts/test runs: its slow sanitized build
# skips the executables of the other labels.
function(shipshape_register_core_test target)
    set_property(GLOBAL APPEND PROPERTY SHIPSHAPE_CORE_TEST_TARGETS ${target})
endfunction()

# shipshape_add_test(NAME name SOURCES ... LIBS ... [GUI] [LABELS ...] [SHARDS N])
# One executable per area, run by CTest with the offscreen platform and a fixed locale. SHARDS N runs it as
# N CTest tests (name_shard_0 …), each a GoogleTest shard of the cases: a long black-box suite spreads over
# the cores and no shard comes near the timeout.
function(shipshape_add_test)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "GUI" "NAME;SHARDS" "SOURCES;LIBS;LABELS")
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "shipshape_add_test: unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    set(compiled ${ARG_SOURCES})
    list(FILTER compiled INCLUDE REGEX "\\.cpp$")
    list(LENGTH compiled compiled_count)
    if(compiled_count GREATER_EQUAL SHIPSHAPE_PCH_MIN_FILES)
        if(ARG_GUI)
            shipshape_precompile_headers(${ARG_NAME} WIDGETS TESTS)
        else()
            shipshape_precompile_headers(${ARG_NAME} TESTS)
        endif()
    endif()
    target_link_libraries(${ARG_NAME} PRIVATE Shipshape::common ${ARG_LIBS} GTest::gtest GTest::gmock Qt6::Test)
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    set(labels ${ARG_LABELS})
    if("core" IN_LIST labels)
        shipshape_register_core_test(${ARG_NAME})
    endif()
    if(ARG_GUI)
        list(APPEND labels gui)
    endif()
    set(environment "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;SHIPSHAPE_CLI=$<TARGET_FILE:shipshape-cli>")
    if(ARG_SHARDS AND ARG_SHARDS GREATER 1)
        math(EXPR last "${ARG_SHARDS} - 1")
        foreach(shard RANGE ${last})
            add_test(NAME ${ARG_NAME}_shard_${shard} COMMAND ${ARG_NAME})
            set_tests_properties(${ARG_NAME}_shard_${shard} PROPERTIES
                ENVIRONMENT "${environment};GTEST_TOTAL_SHARDS=${ARG_SHARDS};GTEST_SHARD_INDEX=${shard}"
                LABELS "${labels}"
                TIMEOUT 600)
        endforeach()
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME} PROPERTIES
            ENVIRONMENT "${environment}"
            LABELS "${labels}"
            TIMEOUT 600)
    endif()
endfunction()

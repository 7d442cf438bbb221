# Shared compile settings for every Rapport target: strict warnings and Qt's string-safety defines.
function(rapport_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(RAPPORT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_RESTRICTED_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# rapport_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS rapportcore [GUI] [LABELS ...])
# One Qt Test executable per class, registered with CTest and run headless.
function(rapport_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    rapport_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        RAPPORT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        RAPPORT_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        RAPPORT_CLI_PATH="$<TARGET_FILE:rapport-cli>")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;RAPPORT_TEST=1")
    if(RAPPORT_SANITIZE)
        list(APPEND env "ASAN_OPTIONS=detect_leaks=0" "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
    if(T_TIMEOUT)
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    endif()
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()

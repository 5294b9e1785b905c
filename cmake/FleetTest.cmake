# fleet_add_test(Name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [RESOURCE_LOCK r] [TIMEOUT s])
# One test executable per unit: links the smallest target the unit needs plus Qt6::Test,
# runs offscreen with a pinned locale so results do not depend on the machine.
set(FLEET_FIXTURE_DIR "${CMAKE_SOURCE_DIR}/tests/fixtures/snmprec" CACHE PATH "Directory of .snmprec recordings for tests")
function(fleet_add_test name)
    cmake_parse_arguments(T "" "RESOURCE_LOCK;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test fleet_common_cfg fleet_test_support)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;FLEET_FIXTURE_DIR=${FLEET_FIXTURE_DIR};FLEET_BIN_DIR=${CMAKE_BINARY_DIR}/bin;FLEET_SOURCE_DIR=${CMAKE_SOURCE_DIR};FLEETKEEPER_SECRETS_BACKEND=file")
    if(T_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK ${T_RESOURCE_LOCK})
    endif()
endfunction()

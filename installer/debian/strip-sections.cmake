# CPack pre-build script: removes the sections strip leaves in the staged executables.
file(GLOB_RECURSE _staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/usr/bin/*"
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
foreach(f ${_staged})
    execute_process(COMMAND objcopy --remove-section=.comment --remove-section=.note ${f} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "objcopy failed on ${f}")
    endif()
endforeach()

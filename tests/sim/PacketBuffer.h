#pragma once
// A malloc'ed packet buffer, because Net-SNMP's encoder may realloc() it to grow.

#include <cstdlib>
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/types.h>
#include <new>

namespace fleet::sim {

class PacketBuffer
{
public:
    static constexpr size_t InitialSize = 65536; // any UDP datagram fits without growing

    PacketBuffer()
        : m_data(static_cast<u_char *>(std::malloc(InitialSize)))
        , m_size(InitialSize)
    {
        if (!m_data)
            throw std::bad_alloc();
    }
    PacketBuffer(const PacketBuffer &) = delete;
    PacketBuffer &operator=(const PacketBuffer &) = delete;
    ~PacketBuffer() { std::free(m_data); }

    u_char **dataRef() { return &m_data; }
    size_t *sizeRef() { return &m_size; }

private:
    u_char *m_data;
    size_t m_size;
};

} // namespace fleet::sim

#pragma once
// The serving loop of one simulator process: one UDP socket per device (bound to the device's
// own 127.x.y.z address), all watched by one epoll. Datagrams are read and answered in batches
// (recvmmsg/sendmmsg) so a busy device costs two system calls per batch, not per request.

#include "PacketBuffer.h"
#include "PacketHandler.h"
#include "SimDevice.h"

#include <sys/socket.h>

#include <array>
#include <csignal>
#include <string>
#include <vector>

namespace fleet::sim {

class DeviceServer
{
public:
    explicit DeviceServer(PacketHandler &handler)
        : m_handler(handler)
    {}
    DeviceServer(const DeviceServer &) = delete;
    DeviceServer &operator=(const DeviceServer &) = delete;
    ~DeviceServer();

    // Binds every device and creates its session; returns an error text or "".
    std::string open(std::vector<SimDevice> devices);
    // Serves until stop becomes true; signals are only delivered while waiting (waitMask).
    std::string run(const sigset_t &waitMask, const volatile sig_atomic_t &stop);

private:
    static constexpr int Batch = 32;
    static constexpr size_t MaxRequest = 65536;

    void drain(SimDevice &device);

    PacketHandler &m_handler;
    std::vector<SimDevice> m_devices;
    int m_epoll = -1;
    std::vector<u_char> m_in = std::vector<u_char>(Batch * MaxRequest);
    std::array<PacketBuffer, Batch> m_out;
    std::array<sockaddr_in, Batch> m_from{};
    std::array<iovec, Batch> m_inIov{};
    std::array<iovec, Batch> m_outIov{};
    std::array<mmsghdr, Batch> m_inMsgs{};
    std::array<mmsghdr, Batch> m_outMsgs{};
};

} // namespace fleet::sim

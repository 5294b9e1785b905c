#include "DeviceServer.h"

#include "NetSnmp.h"

#include <arpa/inet.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fleet::sim {

namespace {

std::string endpoint(const sockaddr_in &address)
{
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address.sin_addr, text, sizeof(text));
    return std::string(text) + ":" + std::to_string(ntohs(address.sin_port));
}

} // namespace

DeviceServer::~DeviceServer()
{
    for (SimDevice &device : m_devices) {
        if (device.session)
            snmp_sess_close(device.session);
    }
    if (m_epoll >= 0)
        close(m_epoll);
}

std::string DeviceServer::open(std::vector<SimDevice> devices)
{
    m_devices = std::move(devices);
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0)
        return std::string("epoll_create1: ") + std::strerror(errno);
    for (size_t i = 0; i < m_devices.size(); ++i) {
        SimDevice &device = m_devices[i];
        const std::string where = endpoint(device.address);
        errno = 0;
        netsnmp_transport *transport = netsnmp_transport_open_server("fleetkeeper-sim", ("udp:" + where).c_str());
        if (!transport)
            return "cannot listen on " + where + ": " + (errno ? std::strerror(errno) : "unknown error");
        netsnmp_session settings;
        snmp_sess_init(&settings);
        settings.version = SNMP_DEFAULT_VERSION; // any version, decided per message
        settings.isAuthoritative = SNMP_SESS_AUTHORITATIVE;
        device.session = snmp_sess_add(&settings, transport, nullptr, nullptr);
        if (!device.session)
            return "cannot create a session for " + where;
        device.transport = transport;
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = i;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, transport->sock, &event) != 0)
            return "epoll_ctl " + where + ": " + std::strerror(errno);
    }
    return {};
}

std::string DeviceServer::run(const sigset_t &waitMask, const volatile sig_atomic_t &stop)
{
    std::array<epoll_event, 64> events{};
    while (!stop) {
        const int n = epoll_pwait(m_epoll, events.data(), static_cast<int>(events.size()), -1, &waitMask);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::string("epoll_pwait: ") + std::strerror(errno);
        }
        for (int i = 0; i < n; ++i)
            drain(m_devices[events[static_cast<size_t>(i)].data.u64]);
    }
    return {};
}

void DeviceServer::drain(SimDevice &device)
{
    const int sock = device.transport->sock;
    // A few batches per wake-up, then back to epoll so one flooded device cannot starve others.
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < Batch; ++i) {
            m_inIov[i] = {m_in.data() + static_cast<size_t>(i) * MaxRequest, MaxRequest};
            m_inMsgs[i].msg_hdr = {};
            m_inMsgs[i].msg_hdr.msg_name = &m_from[i];
            m_inMsgs[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
            m_inMsgs[i].msg_hdr.msg_iov = &m_inIov[i];
            m_inMsgs[i].msg_hdr.msg_iovlen = 1;
        }
        const int received = recvmmsg(sock, m_inMsgs.data(), Batch, MSG_DONTWAIT, nullptr);
        if (received <= 0)
            return;
        int answers = 0;
        for (int i = 0; i < received; ++i) {
            const mmsghdr &in = m_inMsgs[i];
            if (in.msg_hdr.msg_namelen != sizeof(sockaddr_in) || (in.msg_hdr.msg_flags & MSG_TRUNC))
                continue;
            const auto packet = m_handler.handle(device, static_cast<u_char *>(m_inIov[i].iov_base), in.msg_len,
                                                 m_from[i], m_out[answers]);
            if (!packet)
                continue;
            m_outIov[answers] = {const_cast<u_char *>(packet->data()), packet->size()};
            m_outMsgs[answers].msg_hdr = {};
            m_outMsgs[answers].msg_hdr.msg_name = &m_from[i];
            m_outMsgs[answers].msg_hdr.msg_namelen = sizeof(sockaddr_in);
            m_outMsgs[answers].msg_hdr.msg_iov = &m_outIov[answers];
            m_outMsgs[answers].msg_hdr.msg_iovlen = 1;
            ++answers;
        }
        // UDP semantics: if the socket buffer is full the rest is dropped and the client retries.
        for (int sent = 0; sent < answers;) {
            const int n = sendmmsg(sock, m_outMsgs.data() + sent, static_cast<unsigned>(answers - sent), MSG_DONTWAIT);
            if (n <= 0)
                break;
            sent += n;
        }
        if (received < Batch)
            return;
    }
}

} // namespace fleet::sim
